package org.presstm.tm;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;

/**
 * Fuzzy match score from 0 to 100, in the sense translators know from OmegaT: one minus the word-level
 * Levenshtein distance (Levenshtein 1966) over the longer sentence's word count, on case-folded words with
 * every number read as the same word. Small penalties then separate sentences that differ only in
 * numbers (2), inline codes (2), punctuation (1) or, for the same words, case (1); 100 is reserved for an
 * identical sentence.
 * Independent of the candidate index, so each can be tested alone. Stateless and thread-safe.
 */
public final class Scorer {
    private static final String NUMBER = "#";
    /** What a sentence loses when its numbers differ (the candidate index bounds scores with it). */
    static final int NUMBER_PENALTY = 2;
    private static final Locale AZERBAIJANI = Locale.forLanguageTag("az");

    /**
     * A sentence made ready for scoring; build once, score against many. The word keys are made at once
     * (one normalisation, one case fold); what only the penalties and the identity test need is made on
     * first use, so that a candidate that fails the distance bound costs no more.
     */
    public static final class Prepared {
        private final TaggedText text;
        private final String normalized;
        final String[] keys;
        final String[] numbers;
        private String identity;
        private String cased;
        private String punctuation;
        private String codes;

        Prepared(TaggedText text, String langKey) {
            this.text = text;
            String plain = text.plain();
            normalized = TextNormalizer.normalize(plain);
            // TextNormalizer.fold(plain) is exactly this, on the normalisation already made
            String folded = Normalizer.normalize(normalized.toLowerCase(Words.language(langKey) == Language.AZ
                    ? AZERBAIJANI : Locale.ROOT), Normalizer.Form.NFC);
            List<String> split = Words.split(folded);
            keys = new String[split.size()];
            int count = 0;
            for (int i = 0; i < keys.length; i++) {
                String w = split.get(i);
                boolean number = Words.isNumber(w);
                keys[i] = number ? NUMBER : w;
                count += number ? 1 : 0;
            }
            numbers = new String[count];
            for (int i = 0, n = 0; i < keys.length; i++) {
                if (keys[i] == NUMBER) {
                    numbers[n++] = split.get(i);
                }
            }
        }

        String identity() {
            if (identity == null) {
                String coded = text.codes().isEmpty() ? normalized : TextNormalizer.normalize(text.coded());
                identity = coded + '\u0000' + codes();
            }
            return identity;
        }

        String cased() {
            if (cased == null) {
                cased = Words.split(normalized).stream().map(w -> Words.isNumber(w) ? NUMBER : w)
                        .collect(java.util.stream.Collectors.joining(" "));
            }
            return cased;
        }

        String punctuation() {
            if (punctuation == null) {
                punctuation = Scorer.punctuation(normalized);
            }
            return punctuation;
        }

        String codes() {
            if (codes == null) {
                codes = codeSignature(text);
            }
            return codes;
        }

        public int length() {
            return keys.length;
        }
    }

    public Prepared prepare(TaggedText text, String langKey) {
        return new Prepared(text, langKey);
    }

    public int score(Prepared query, Prepared candidate) {
        return score(query, candidate, 0);
    }

    /**
     * The score, if it is at least {@code floor}; otherwise some value below {@code floor} (found cheaply: the
     * word distance stops as soon as the bound is out of reach).
     */
    public int score(Prepared query, Prepared candidate, int floor) {
        int longest = Math.max(query.keys.length, candidate.keys.length);
        if (longest == 0) {
            return query.identity().equals(candidate.identity()) ? 100
                    : Math.max(0, Math.min(99, 100 - penalty(query, candidate)));
        }
        // 100 * (longest - d) / longest >= floor  <=>  d <= (100 - floor) * longest / 100
        int limit = floor <= 0 ? longest : (100 - Math.min(floor, 100)) * longest / 100;
        int d = distance(query.keys, candidate.keys, limit);
        if (d > limit) {
            return Math.min(floor - 1, 100 * (longest - d) / longest);
        }
        if (d == 0 && query.identity().equals(candidate.identity())) {
            return 100;
        }
        int base = 100 * (longest - d) / longest;
        return Math.max(0, Math.min(99, base - penalty(query, candidate)));
    }

    private static int penalty(Prepared query, Prepared candidate) {
        int penalty = 0;
        if (!Arrays.equals(query.numbers, candidate.numbers)) {
            penalty += NUMBER_PENALTY;
        }
        if (!query.codes().equals(candidate.codes())) {
            penalty += 2;
        }
        if (!query.punctuation().equals(candidate.punctuation())) {
            penalty += 1;
        }
        if (Arrays.equals(query.keys, candidate.keys) && !query.cased().equals(candidate.cased())) {
            penalty += 1;
        }
        return penalty;
    }

    /** The best score {@code candidate} could reach, from the word counts alone (for pruning scans). */
    public static int bound(Prepared query, int candidateLength) {
        int longest = Math.max(query.keys.length, candidateLength);
        return longest == 0 ? 100 : 100 * (longest - Math.abs(query.keys.length - candidateLength)) / longest;
    }

    /**
     * The candidate's plain text with the words that the query does not share (by the same alignment the
     * score uses) between {@link Match#MARK_START} and {@link Match#MARK_END}.
     */
    public String mark(Prepared query, TaggedText candidate, String langKey) {
        String plain = candidate.plain();
        int[] spans = Words.spans(plain);
        String[] words = new String[spans.length / 2];
        for (int i = 0; i < words.length; i++) {
            words[i] = TextNormalizer.fold(plain.substring(spans[2 * i], spans[2 * i + 1]), Words.language(langKey));
        }
        String[] queryWords = queryWords(query);
        boolean[] same = Alignment.kept(queryWords, words);
        StringBuilder sb = new StringBuilder(plain.length() + 16);
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            int start = spans[2 * i];
            int end = spans[2 * i + 1];
            sb.append(plain, at, start);
            sb.append(same[i] ? plain.substring(start, end)
                    : Match.MARK_START + plain.substring(start, end) + Match.MARK_END);
            at = end;
        }
        return sb.append(plain.substring(at)).toString();
    }

    private static String[] queryWords(Prepared query) {
        String[] out = query.keys.clone();
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i].equals(NUMBER)) {
                out[i] = query.numbers[n++];
            }
        }
        return out;
    }

    /** Word-level Levenshtein distance, two rows. */
    static int distance(String[] a, String[] b) {
        return distance(a, b, Integer.MAX_VALUE);
    }

    /**
     * Word-level Levenshtein distance if it is at most {@code limit}, else some value above {@code limit}:
     * the length difference alone, or a row whose every cell exceeds the limit, ends it early (the cells of
     * later rows never go below the smallest of a row).
     */
    static int distance(String[] a, String[] b, int limit) {
        if (Math.abs(a.length - b.length) > limit) {
            return Math.abs(a.length - b.length);
        }
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            int rowMin = i;
            String ai = a[i - 1];
            for (int j = 1; j <= b.length; j++) {
                int cost = ai.equals(b[j - 1]) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return rowMin;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    private static String punctuation(String normalized) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (!Words.isWordChar(c) && !Character.isWhitespace(c) && !TaggedText.isMarker(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String codeSignature(TaggedText text) {
        StringBuilder sb = new StringBuilder();
        for (InlineCode c : text.codes()) {
            sb.append(c.kind().ordinal()).append(':').append(c.id()).append(':').append(c.type()).append(';');
        }
        return sb.toString();
    }
}
