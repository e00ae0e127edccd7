#!/usr/bin/env python3
"""Generates glossaries/countries.tbx (TBX-Basic, martif) from Debian's iso-codes package.

Source: ISO 3166-1 country names in English from /usr/share/iso-codes/json/iso_3166-1.json, with their
Azerbaijani and Russian translations from /usr/share/locale/{az,ru}/LC_MESSAGES/iso_3166-1.mo
(Debian package iso-codes; apt-get install iso-codes). Where the Milli Majlis press releases spell a
country differently, scripts/countries-overrides.tsv adds that spelling (as attested in
../shared/corpus/releases) and makes it the preferred one.

Capitals are NOT included: iso-codes has none, and no open source of capitals in az/en/ru was at hand;
they are left out rather than written from memory.

Rules: English: the common name (or the name) is preferred, the official name admitted; list forms with an
inverted comma ("Korea, Republic of") are dropped. Azerbaijani: only msgids the az catalogue translates,
without commas or parentheses (list forms, half-translated entries). Russian: likewise, and never a
translation still in Latin script (iso-codes 4.15 has "Türkiye" untranslated in ru).

Usage: python3 scripts/generate-countries.py [OUTPUT]   (default glossaries/countries.tbx)
Reproducible: the same iso-codes version gives the same file (entries sorted by alpha-2 code).
"""
import gettext
import json
import os
import re
import subprocess
import sys
from xml.sax.saxutils import escape

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
MO = "/usr/share/locale/{}/LC_MESSAGES/iso_3166-1.mo"
HERE = os.path.dirname(os.path.abspath(__file__))


def iso_codes_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


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


def entry_xml(a2, terms, notes):
    out = ['      <termEntry id="country-{}">'.format(a2.lower()),
           '        <descrip type="subjectField">country</descrip>',
           '        <admin type="source">ISO 3166-1 {} (Debian iso-codes){}</admin>'.format(
               a2, "; press spellings: " + "; ".join(notes) if notes else "")]
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
    out.append('      </termEntry>')
    return out


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "glossaries", "countries.tbx")
    with open(ISO, encoding="utf-8") as f:
        entries = sorted(json.load(f)["3166-1"], key=lambda e: e["alpha_2"])
    cats = {lang: catalogue(lang) for lang in ("az", "ru")}
    rows = overrides()
    version = iso_codes_version()
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
             "        <p>Capitals are not included: iso-codes has none and no open source of them in the three "
             "languages was used. Do not edit by hand; change the script or the overrides and regenerate.</p>",
             "      </sourceDesc>", "    </fileDesc>",
             '    <encodingDesc>', '      <p type="XCSURI">TBXBasicXCSV02.xcs</p>', '    </encodingDesc>',
             "  </martifHeader>", "  <text>", "    <body>"]
    count = 0
    for e in entries:
        terms, notes = apply_overrides(e["alpha_2"], terms_for(e, cats), rows)
        if not terms:
            continue
        lines += entry_xml(e["alpha_2"], terms, notes)
        count += 1
    lines += ["    </body>", "  </text>", "</martif>", ""]
    with open(target, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("wrote {} countries to {}".format(count, target), file=sys.stderr)


if __name__ == "__main__":
    main()
