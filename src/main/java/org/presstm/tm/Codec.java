package org.presstm.tm;

import java.util.ArrayList;
import java.util.List;

/**
 * How lists of codes, props and notes are kept in one text column. Fields are separated by U+001F and
 * items by U+001E: both are control characters that XML 1.0 forbids, so no TMX text can contain them.
 * Stateless.
 */
final class Codec {
    private static final char FIELD = '\u001F';
    private static final char ITEM = '\u001E';

    private Codec() {
    }

    static String codes(List<InlineCode> codes) {
        StringBuilder sb = new StringBuilder();
        for (InlineCode c : codes) {
            if (sb.length() > 0) {
                sb.append(ITEM);
            }
            sb.append(c.kind().name()).append(FIELD).append(c.id()).append(FIELD).append(c.type()).append(FIELD)
                    .append(c.data());
        }
        return sb.toString();
    }

    static List<InlineCode> codes(String encoded) {
        List<InlineCode> out = new ArrayList<>();
        for (String item : items(encoded)) {
            String[] f = item.split(String.valueOf(FIELD), 4);
            out.add(new InlineCode(InlineCode.Kind.valueOf(f[0]), Integer.parseInt(f[1]), f[2], f[3]));
        }
        return out;
    }

    static String props(List<Prop> props) {
        StringBuilder sb = new StringBuilder();
        for (Prop p : props) {
            if (sb.length() > 0) {
                sb.append(ITEM);
            }
            sb.append(p.type()).append(FIELD).append(p.value());
        }
        return sb.toString();
    }

    static List<Prop> props(String encoded) {
        List<Prop> out = new ArrayList<>();
        for (String item : items(encoded)) {
            String[] f = item.split(String.valueOf(FIELD), 2);
            out.add(new Prop(f[0], f.length > 1 ? f[1] : ""));
        }
        return out;
    }

    static String notes(List<String> notes) {
        return String.join(String.valueOf(ITEM), notes);
    }

    static List<String> notes(String encoded) {
        return items(encoded);
    }

    private static List<String> items(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return List.of();
        }
        return List.of(encoded.split(String.valueOf(ITEM), -1));
    }
}
