package org.presstm.tm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import net.sf.okapi.common.resource.TextUnit;

/**
 * Converts between Okapi's text units and ours; the only place where both meet. TMX attributes and
 * {@code <prop>}s both arrive as Okapi properties: the five provenance attributes go to
 * {@link Provenance}, {@code x-release} to {@link TranslationUnit#release()}, the rest to {@link Prop}s
 * (sorted by type, as Okapi does not keep their order). Repeated props are joined by {@link #SEPARATOR}.
 * Stateless.
 */
final class OkapiUnits {
    static final String SEPARATOR = "\u001F";
    private static final Set<String> SKIPPED = Set.of("tuid", "lang", "srclang", "note", "encoding");

    private OkapiUnits() {
    }

    /** @param order the variants' languages in document order, which Okapi does not keep */
    static TranslationUnit fromOkapi(ITextUnit tu, List<String> order, List<String> notes,
            Map<String, List<String>> variantNotes) {
        List<Variant> variants = new ArrayList<>();
        variants.add(variant(tu.getSource(), tu.getSource().getProperty("lang"), variantNotes));
        for (LocaleId loc : tu.getTargetLocales()) {
            TextContainer tc = tu.getTarget(loc);
            Property lang = tc.getProperty("lang");
            variants.add(variant(tc, lang != null ? lang : new Property("lang", loc.toBCP47()), variantNotes));
        }
        variants.sort(Comparator.comparingInt(v -> order.indexOf(v.lang())));
        Map<String, String> all = new java.util.TreeMap<>();
        for (String name : tu.getPropertyNames()) {
            all.put(name, tu.getProperty(name).getValue());
        }
        String release = all.remove(TranslationUnit.RELEASE_PROP);
        return new TranslationUnit(tu.getName(), release == null ? null : release.split(SEPARATOR)[0],
                provenance(all), props(all), notes, variants);
    }

    private static Variant variant(TextContainer tc, Property lang, Map<String, List<String>> notes) {
        Map<String, String> all = new java.util.TreeMap<>();
        for (String name : tc.getPropertyNames()) {
            all.put(name, tc.getProperty(name).getValue());
        }
        String tag = lang.getValue();
        // one segment (as TMX's always are) is read in place rather than copied
        TextFragment content = tc.contentIsOneSegment() ? tc.getFirstContent() : tc.getUnSegmentedContentCopy();
        return new Variant(tag, text(content), provenance(all), props(all),
                notes.getOrDefault(tag, List.of()));
    }

    private static Provenance provenance(Map<String, String> p) {
        String count = p.get("usagecount");
        int usage;
        try {
            usage = count == null || count.isBlank() ? 0 : Integer.parseInt(count.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("usagecount '" + count + "' is not a number", e);
        }
        return new Provenance(p.get("creationdate"), p.get("creationid"), p.get("changedate"), p.get("changeid"),
                usage);
    }

    private static final Set<String> PROVENANCE = Set.of("creationdate", "creationid", "changedate", "changeid",
            "usagecount");

    private static List<Prop> props(Map<String, String> all) {
        List<Prop> out = new ArrayList<>();
        for (Map.Entry<String, String> e : all.entrySet()) {
            if (SKIPPED.contains(e.getKey()) || PROVENANCE.contains(e.getKey())) {
                continue;
            }
            for (String value : e.getValue().split(SEPARATOR, -1)) {
                out.add(new Prop(e.getKey(), value));
            }
        }
        return out;
    }

    static TaggedText text(TextFragment frag) {
        String coded = frag.getCodedText();
        List<Code> codes = frag.getCodes();
        InlineCode[] ours = new InlineCode[codes.size()];
        StringBuilder sb = new StringBuilder(coded.length());
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (!TaggedText.isMarker(c)) {
                sb.append(c);
                continue;
            }
            int index = TextFragment.toIndex(coded.charAt(++i));
            Code code = codes.get(index);
            String type = code.getType() == null || code.getType().equals("Xpt") ? "" : code.getType();
            ours[index] = new InlineCode(kind(c, code.getTagType()), code.getId(), type, code.getData());
            sb.append(c).append((char) (TaggedText.INDEX_BASE + index));
        }
        return new TaggedText(sb.toString(), List.of(ours));
    }

    private static InlineCode.Kind kind(char marker, TagType tag) {
        if (marker == TaggedText.OPEN) {
            return InlineCode.Kind.OPEN;
        }
        if (marker == TaggedText.CLOSE) {
            return InlineCode.Kind.CLOSE;
        }
        return tag == TagType.OPENING ? InlineCode.Kind.ISOLATED_OPEN
                : tag == TagType.CLOSING ? InlineCode.Kind.ISOLATED_CLOSE : InlineCode.Kind.PLACEHOLDER;
    }

    static TextFragment fragment(TaggedText text) {
        List<Code> codes = new ArrayList<>();
        for (InlineCode c : text.codes()) {
            TagType tag = switch (c.kind()) {
                case OPEN, ISOLATED_OPEN -> TagType.OPENING;
                case CLOSE, ISOLATED_CLOSE -> TagType.CLOSING;
                default -> TagType.PLACEHOLDER;
            };
            Code code = new Code(tag, c.type().isEmpty() ? Code.TYPE_NULL : c.type(), c.data());
            code.setId(c.id());
            codes.add(code);
        }
        StringBuilder sb = new StringBuilder(text.coded().length());
        String coded = text.coded();
        for (int i = 0; i < coded.length(); i++) {
            char ch = coded.charAt(i);
            sb.append(ch);
            if (TaggedText.isMarker(ch)) {
                sb.append(TextFragment.toChar(coded.charAt(++i) - TaggedText.INDEX_BASE));
            }
        }
        return new TextFragment(sb.toString(), codes);
    }

    /** An Okapi unit whose source is the variant in {@code source}; every other variant is a target. */
    static ITextUnit toOkapi(TranslationUnit unit, Variant source) {
        TextUnit tu = new TextUnit(null);
        tu.setName(unit.tuid());
        tu.setSource(container(source));
        for (Variant v : unit.variants()) {
            if (v != source) {
                tu.setTarget(LocaleId.fromBCP47(v.lang()), container(v));
            }
        }
        attributes(unit.provenance(), unit.props(), tu::setProperty);
        if (unit.release() != null) {
            tu.setProperty(new Property(TranslationUnit.RELEASE_PROP, unit.release()));
        }
        return tu;
    }

    private static TextContainer container(Variant v) {
        TextContainer tc = new TextContainer(fragment(v.text()));
        attributes(v.provenance(), v.props(), tc::setProperty);
        return tc;
    }

    private static void attributes(Provenance p, List<Prop> props, java.util.function.Consumer<Property> set) {
        put(set, "creationdate", p.creationDate());
        put(set, "creationid", p.creationId());
        put(set, "changedate", p.changeDate());
        put(set, "changeid", p.changeId());
        if (p.usageCount() > 0) {
            put(set, "usagecount", String.valueOf(p.usageCount()));
        }
        Map<String, List<String>> byType = new java.util.TreeMap<>();
        props.stream().sorted(Comparator.comparing(Prop::type))
                .forEach(q -> byType.computeIfAbsent(q.type(), k -> new ArrayList<>()).add(q.value()));
        byType.forEach((type, values) -> put(set, type, String.join(SEPARATOR, values)));
    }

    private static void put(java.util.function.Consumer<Property> set, String name, String value) {
        if (value != null) {
            set.accept(new Property(name, value));
        }
    }
}
