package org.presstm.lang;

import java.util.List;
import java.util.Objects;

/**
 * A number, date, time, percentage or ordinal as written in a text, with the language-independent keys
 * under which it compares: "6 may 2021-ci il", "6 May 2021" and "6 мая 2021 года" each give a date
 * {@code d05-06} and a number {@code n2021}; "18,4 mln" (az) and "18.4 million" (en) both give
 * {@code n18.4}; "XXI əsr" and "21st century" both give {@code n21}.
 *
 * @param kind     what it is
 * @param keys     one key, or two where the writing is ambiguous ("1,500" in Azerbaijani may be 1.5 or 1500);
 *                 two quantities are the same when they share a key
 * @param value    the canonical value of the first key, for messages ("18.4", "05-06", "11:40")
 * @param start    offset of the first char in the text read
 * @param end      offset after the last char
 * @param optional a number word ("iki", "third") or a bare month: a translation may rightly leave it out or
 *                 word it otherwise, so it is never required, though it may stand for digits
 */
public record Quantity(Kind kind, List<String> keys, String value, int start, int end, boolean optional) {
    /** The kinds of quantity, each with the prefix of its keys. */
    public enum Kind {
        NUMBER("n"), ORDINAL("n"), PERCENT("p"), DATE("d"), MONTH("m"), TIME("t");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public Quantity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("quantity without a key");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad quantity span [" + start + ", " + end + ")");
        }
    }

    public String key() {
        return keys.get(0);
    }

    /** Whether the two stand for the same thing (share a key). */
    public boolean sameAs(Quantity other) {
        for (String k : keys) {
            if (other.keys.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
