#!/usr/bin/env python3
"""Generates glossaries/countries.tbx (TBX-Basic, martif): countries and their capitals in az, en and ru.

Countries: ISO 3166-1 country names in English from /usr/share/iso-codes/json/iso_3166-1.json, with their
Azerbaijani and Russian translations from /usr/share/locale/{az,ru}/LC_MESSAGES/iso_3166-1.mo
(Debian package iso-codes). Where the Milli Majlis press releases spell a country differently,
scripts/countries-overrides.tsv adds that spelling (as attested in ../shared/corpus/releases) and makes it
the preferred one. Concept ids: country-<alpha-2>.

Capitals: the English names come from the npm package world-countries, version 5.1.0 exactly
(mledoze/countries, https://github.com/mledoze/countries; data under the Open Database License 1.0):
the "capital" list of each entry, keyed by its ISO 3166-1 alpha-2 code "cca2". Their Azerbaijani and
Russian names come from Unicode CLDR (Debian package unicode-cldr-core, CLDR 41 in Debian 12): the
exemplar city of a time zone, <zone type="..."><exemplarCity> in common/main/{az,ru}.xml, taken only where
that locale file has it (no inherited or derived value). A capital gets them when it IS the exemplar city
of one of its own country's time zones: the zones of that country are the tz database's zone.tab (Debian
package tzdata), mapped to CLDR's zone ids through common/bcp47/timezone.xml and the tz links of
tzdata.zi (Europe/Kyiv is CLDR's Europe/Kiev), and a zone's city is the same city when its English
exemplar name (common/main/en.xml, else root.xml, else the zone id's last part) or its Azerbaijani one
equals the capital's name once case, accents, spaces, hyphens, dots and apostrophes are ignored
("N'Djamena" = "Ndjamena", "Tirana" = az "Tirana" of Europe/Tirane). Nothing else is matched: a capital
that is no exemplar city (Washington D.C., Ankara, Canberra, Abuja, ...) keeps its English name only, and
"Kuwait City" is not taken for the zone Asia/Kuwait. Where CLDR's English name differs from
world-countries' (Ulaanbaatar, Tirane), it is added as an admitted English term. A country with several
capitals (ZA, BQ) gets one concept for each, in world-countries' order. Concept ids: capital-<alpha-2>,
then capital-<alpha-2>-2, -3; each concept's note names its country concept (and a crossReference points
to it). Left out: capitals of codes without a country concept here (XK is no iso-codes country; BQ and SH
have no country concept, as iso-codes names them only in list forms with a comma), and capitals whose
English name is the term of a 'place' concept of another TBX file under glossaries/ (parliament.tbx has
Baku, Rome and Islamabad, attested in the press releases), so that one city is not two entries.

Rules: English: the common name (or the name) is preferred, the official name admitted; list forms with an
inverted comma ("Korea, Republic of") are dropped. Azerbaijani: only msgids the az catalogue translates,
without commas or parentheses (list forms, half-translated entries). Russian: likewise, and never a
translation still in Latin script (iso-codes 4.15 has "Türkiye" untranslated in ru).

The az and ru names were cross-checked against the later CLDR 44 inside ICU4J 74.2 (the project's class
path): src/test/java/org/presstm/glossary/CountriesBaseTest.java fails if they differ.

Inputs (installed once; the script then runs offline), on Debian 12:
    apt-get install iso-codes unicode-cldr-core tzdata
    npm install -g world-countries@5.1.0        # or set WORLD_COUNTRIES=<the package's folder>
The script refuses any other world-countries version (set WORLD_COUNTRIES_VERSION to change the pin on
purpose) and writes the versions of all four inputs into the file's header.

Usage: python3 scripts/generate-countries.py [OUTPUT]   (default glossaries/countries.tbx)
Reproducible: the same input versions give the same file (entries sorted by alpha-2 code, each country
followed by its capitals).
"""
import gettext
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
MO = "/usr/share/locale/{}/LC_MESSAGES/iso_3166-1.mo"
CLDR = "/usr/share/unicode/cldr/common"
ZONE_TAB = "/usr/share/zoneinfo/zone.tab"
TZDATA_ZI = "/usr/share/zoneinfo/tzdata.zi"
WORLD_COUNTRIES_VERSION = os.environ.get("WORLD_COUNTRIES_VERSION", "5.1.0")
HERE = os.path.dirname(os.path.abspath(__file__))


def deb_version(package):
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def iso_codes_version():
    return deb_version("iso-codes")


def world_countries_dir():
    if os.environ.get("WORLD_COUNTRIES"):
        return os.environ["WORLD_COUNTRIES"]
    try:
        root = subprocess.run(["npm", "root", "-g"], capture_output=True, text=True).stdout.strip()
    except OSError:
        root = ""
    return os.path.join(root or "/usr/lib/node_modules", "world-countries")


def world_countries():
    """(version, {alpha-2: [capital, ...]}) from the npm package world-countries."""
    folder = world_countries_dir()
    try:
        with open(os.path.join(folder, "package.json"), encoding="utf-8") as f:
            version = json.load(f)["version"]
        with open(os.path.join(folder, "countries.json"), encoding="utf-8") as f:
            entries = json.load(f)
    except OSError as e:
        sys.exit("generate-countries: world-countries not found in {} ({}); install it with "
                 "'npm install -g world-countries@{}' or set WORLD_COUNTRIES".format(
                     folder, e, WORLD_COUNTRIES_VERSION))
    if version != WORLD_COUNTRIES_VERSION:
        sys.exit("generate-countries: world-countries {} found in {}, but the pinned version is {}".format(
            version, folder, WORLD_COUNTRIES_VERSION))
    return version, {e["cca2"]: [c.strip() for c in e.get("capital", []) if c.strip()] for e in entries}


def exemplar_cities(locale):
    """{CLDR zone id: exemplar city} as the CLDR locale file itself has them (nothing inherited)."""
    cities = {}
    for zone in ET.parse(os.path.join(CLDR, "main", locale + ".xml")).iter("zone"):
        for city in zone.findall("exemplarCity"):
            if city.get("alt") is None and city.text and city.text.strip():
                cities[zone.get("type")] = city.text.strip()
    return cities


def country_zones():
    """{alpha-2: [CLDR zone id, ...]}: the zones of zone.tab under CLDR's ids, in zone.tab's order."""
    cldr_id = {}
    for t in ET.parse(os.path.join(CLDR, "bcp47", "timezone.xml")).iter("type"):
        names = (t.get("alias") or "").split()
        for name in names:
            cldr_id[name] = names[0]
    links = {}
    with open(TZDATA_ZI, encoding="utf-8") as f:
        for line in f:
            if line.startswith("L "):
                _, target, name = line.split()
                links.setdefault(target, []).append(name)
    zones = {}
    with open(ZONE_TAB, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, _, tz = line.rstrip("\n").split("\t")[:3]
            zone = next((cldr_id[n] for n in [tz] + sorted(links.get(tz, [])) if n in cldr_id), None)
            if zone and zone not in zones.setdefault(code, []):
                zones[code].append(zone)
    return zones


def same_name(text):
    """The key two spellings of one city name share: no case, accents, spaces, hyphens, dots, apostrophes."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[\s\-.'\u2019\u02bc]", "", text)


def accent_free(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def places_elsewhere(target):
    """{English term, case-folded: (file, concept id)} of the 'place' concepts of the other TBX files under
    glossaries/: a capital one of them already has (parliament.tbx's Baku) is not repeated here, so that
    scan and lookup do not report one city as two entries."""
    folder = os.path.join(HERE, "..", "glossaries")
    places = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not name.endswith(".tbx") or os.path.abspath(path) == os.path.abspath(target):
            continue
        for entry in ET.parse(path).iter("termEntry"):
            if (entry.findtext("descrip[@type='subjectField']") or "").strip() != "place":
                continue
            for lang_set in entry.iter("langSet"):
                if lang_set.get("{http://www.w3.org/XML/1998/namespace}lang") == "en":
                    for term in lang_set.iter("term"):
                        places.setdefault(term.text.strip().casefold(), (name, entry.get("id")))
    return places


class Cldr:
    def __init__(self):
        self.az, self.ru = exemplar_cities("az"), exemplar_cities("ru")
        self.en, self.root = exemplar_cities("en"), exemplar_cities("root")
        self.zones = country_zones()

    def english(self, zone):
        return self.en.get(zone) or self.root.get(zone) or zone.split("/")[-1].replace("_", " ")

    def zone_of(self, a2, capital):
        """The zone of that country whose exemplar city is the capital, or None."""
        key = same_name(capital)
        hits = [z for z in self.zones.get(a2, [])
                if key in (same_name(self.english(z)), same_name(self.az.get(z, "\u0000")))]
        return hits[0] if len(hits) == 1 else None


def catalogue(lang):
    with open(MO.format(lang), "rb") as f:
        return gettext.GNUTranslations(f)._catalog


def translated(cat, msgid, lang):
    if not msgid or msgid not in cat:
        return None
    t = cat[msgid].strip()
    if not t or "," in t or "(" in t:
        return None
    if lang == "ru" and re.search(r"[A-Za-z]", t):
        return None
    return t


def overrides():
    rows = []
    with open(os.path.join(HERE, "countries-overrides.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                a2, lang, term, status, where = line.rstrip("\n").split("\t")
                rows.append((a2, lang, term, status, where))
    return rows


def terms_for(entry, cats):
    """(lang, text, status) triples, preferred first in each language."""
    terms = []
    en_names = [entry.get("common_name"), entry.get("name"), entry.get("official_name")]
    seen = set()
    for i, name in enumerate(en_names):
        if name and "," not in name and name.lower() not in seen:
            seen.add(name.lower())
            terms.append(("en", name, "preferred" if not any(t[0] == "en" for t in terms) else "admitted"))
    for lang in ("az", "ru"):
        seen = set()
        for msgid in en_names:
            t = translated(cats[lang], msgid, lang)
            if t and t.lower() not in seen:
                seen.add(t.lower())
                terms.append((lang, t, "preferred" if not any(x[0] == lang for x in terms) else "admitted"))
    return terms


def apply_overrides(a2, terms, rows):
    notes = []
    for o_a2, lang, term, status, where in rows:
        if o_a2 != a2:
            continue
        terms = [t for t in terms if not (t[0] == lang and t[1].lower() == term.lower())]
        if status == "preferred":
            terms = [(l, x, "admitted" if l == lang else s) for l, x, s in terms]
        terms.append((lang, term, status))
        notes.append("{} '{}' as in {}".format(lang, term, where))
    order = {"az": 0, "en": 1, "ru": 2}
    rank = {"preferred": 0, "admitted": 1}
    terms.sort(key=lambda t: (order[t[0]], rank.get(t[2], 2)))
    # a Vatican-style half-translation dropped above may leave a language without a preferred term
    return terms, notes


STATUS = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts"}


def lang_sets(terms):
    out = []
    for lang in ("az", "en", "ru"):
        mine = [t for t in terms if t[0] == lang]
        if not mine:
            continue
        out.append('        <langSet xml:lang="{}">'.format(lang))
        for _, text, status in mine:
            out += ['          <tig>',
                    '            <term>{}</term>'.format(escape(text)),
                    '            <termNote type="partOfSpeech">properNoun</termNote>',
                    '            <termNote type="administrativeStatus">{}</termNote>'.format(STATUS[status]),
                    '          </tig>']
        out.append('        </langSet>')
    return out


def entry_xml(a2, terms, notes):
    out = ['      <termEntry id="country-{}">'.format(a2.lower()),
           '        <descrip type="subjectField">country</descrip>',
           '        <admin type="source">ISO 3166-1 {} (Debian iso-codes){}</admin>'.format(
               a2, "; press spellings: " + "; ".join(notes) if notes else "")]
    out += lang_sets(terms)
    out.append('      </termEntry>')
    return out


def capital_names(zone, cldr):
    """(az, ru) of a zone's exemplar city, or None unless CLDR has both, az in Latin and ru in Cyrillic."""
    az, ru = cldr.az.get(zone), cldr.ru.get(zone)
    if az and ru and not re.search(r"[\u0400-\u04FF]", az) and re.fullmatch(r"[\u0400-\u04FF\s\-]+", ru):
        return az, ru
    return None


def capital_terms(capital, zone, cldr):
    """(lang, text, status) triples of one capital; az and ru only from its CLDR exemplar city."""
    names = capital_names(zone, cldr) if zone else None
    if names is None:
        return [("en", capital, "preferred")]
    terms = [("az", names[0], "preferred"), ("en", capital, "preferred")]
    english = cldr.english(zone)
    if accent_free(english) != accent_free(capital):
        terms.append(("en", english, "admitted"))
    terms.append(("ru", names[1], "preferred"))
    return terms


def capital_xml(a2, index, capitals, country, zone, terms, source):
    cid = "capital-{}{}".format(a2.lower(), "" if index == 0 else "-{}".format(index + 1))
    if len(capitals) == 1:
        note = "Capital of country-{} ({}).".format(a2.lower(), country)
    else:
        note = "One of the capitals of country-{} ({}); world-countries lists {}.".format(
            a2.lower(), country, ", ".join(capitals))
    out = ['      <termEntry id="{}">'.format(cid),
           '        <descrip type="subjectField">capital</descrip>',
           '        <admin type="source">{}</admin>'.format(escape(source)),
           '        <note>{}</note>'.format(escape(note)),
           '        <ref type="crossReference" target="country-{}">{}</ref>'.format(a2.lower(), escape(country))]
    out += lang_sets(terms)
    out.append('      </termEntry>')
    return out


def check_inputs():
    missing = [p for p in (ISO, MO.format("az"), MO.format("ru"), os.path.join(CLDR, "main", "az.xml"),
                           os.path.join(CLDR, "bcp47", "timezone.xml"), ZONE_TAB, TZDATA_ZI) if not os.path.exists(p)]
    if missing:
        sys.exit("generate-countries: missing {}; install the inputs with "
                 "'apt-get install iso-codes unicode-cldr-core tzdata'".format(", ".join(missing)))


def main():
    check_inputs()
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "glossaries", "countries.tbx")
    with open(ISO, encoding="utf-8") as f:
        entries = sorted(json.load(f)["3166-1"], key=lambda e: e["alpha_2"])
    cats = {lang: catalogue(lang) for lang in ("az", "ru")}
    rows = overrides()
    version = iso_codes_version()
    wc_version, capitals_of = world_countries()
    cldr = Cldr()
    cldr_deb, tz_deb = deb_version("unicode-cldr-core"), deb_version("tzdata")
    cldr_release = cldr_deb.split("-")[0]
    wc_source = "world-countries {} (mledoze/countries, ODbL 1.0)".format(wc_version)
    body = []
    count = 0
    written = set()
    full, english_only, elsewhere = [], [], []
    places = places_elsewhere(target)
    for e in entries:
        a2 = e["alpha_2"]
        terms, notes = apply_overrides(a2, terms_for(e, cats), rows)
        if not terms:
            continue
        body += entry_xml(a2, terms, notes)
        count += 1
        written.add(a2)
        country = e.get("common_name") or e["name"]
        capitals = capitals_of.get(a2, [])
        for i, capital in enumerate(capitals):
            if capital.casefold() in places:
                elsewhere.append("{} ({}: {})".format(capital, *places[capital.casefold()]))
                continue
            zone = cldr.zone_of(a2, capital)
            cterms = capital_terms(capital, zone, cldr)
            langs = {t[0] for t in cterms}
            if langs == {"az", "en", "ru"}:
                source = "Capital of {}: {}; az, ru: Unicode CLDR {} exemplar city of the time zone {} " \
                         "(Debian unicode-cldr-core)".format(a2, wc_source, cldr_release, zone)
                full.append(capital)
            else:
                source = "Capital of {}: {}; English only: no CLDR exemplar city with az and ru names".format(
                    a2, wc_source)
                english_only.append(capital)
            body += capital_xml(a2, i, capitals, country, zone, cterms, source)
    left_out = sorted(a2 for a2, caps in capitals_of.items() if caps and a2 not in written)
    lines = ["<?xml version='1.0' encoding='UTF-8'?>",
             '<martif type="TBX-Basic" xml:lang="en">',
             "  <martifHeader>", "    <fileDesc>", "      <sourceDesc>",
             "        <p>Country names (ISO 3166-1) in Azerbaijani, English and Russian, generated by "
             "scripts/generate-countries.py from Debian's iso-codes package, version {} "
             "(/usr/share/iso-codes/json/iso_3166-1.json and the az and ru translations "
             "iso_3166-1.mo; https://salsa.debian.org/iso-codes-team/iso-codes).</p>".format(escape(version)),
             "        <p>Spellings of the Milli Majlis press releases that differ from iso-codes come from "
             "scripts/countries-overrides.tsv, each attested in ../shared/corpus/releases; they are preferred, "
             "the iso-codes form admitted.</p>",
             "        <p>Capitals (concepts capital-XX, each noting its country concept country-XX): English names "
             "from the npm package world-countries, version {} (https://github.com/mledoze/countries; "
             "contains information from world-countries, made available under the Open Database License 1.0, "
             "https://opendatacommons.org/licenses/odbl/1.0/). Azerbaijani and Russian names from Unicode CLDR "
             "{} (Debian unicode-cldr-core {}; Copyright 1991-2022 Unicode, Inc., Unicode-DFS-2016 licence, "
             "https://www.unicode.org/copyright.html): the exemplar city of a time zone of the same country "
             "(zones from tzdata {} zone.tab) whose name is the capital's.</p>".format(
                 escape(wc_version), escape(cldr_release), escape(cldr_deb), escape(tz_deb)),
             "        <p>{} capitals have az, en and ru names; {} are no CLDR exemplar city and have their English "
             "name only ({}). Left out: capitals that another term base of glossaries/ already has as a place "
             "({}), and those of codes without a country concept here ({}).</p>".format(
                 len(full), len(english_only), escape(", ".join(english_only)), escape(", ".join(elsewhere) or "none"),
                 escape(", ".join(left_out) or "none")),
             "        <p>Do not edit by hand; change the script or the overrides and regenerate.</p>",
             "      </sourceDesc>", "    </fileDesc>",
             '    <encodingDesc>', '      <p type="XCSURI">TBXBasicXCSV02.xcs</p>', '    </encodingDesc>',
             "  </martifHeader>", "  <text>", "    <body>"]
    lines += body
    lines += ["    </body>", "  </text>", "</martif>", ""]
    with open(target, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("wrote {} countries and {} capitals ({} in az, en and ru; {} English only; left out as places of "
          "other bases: {}) to {}".format(count, len(full) + len(english_only), len(full), len(english_only),
                                          ", ".join(elsewhere) or "none", target), file=sys.stderr)


if __name__ == "__main__":
    main()
