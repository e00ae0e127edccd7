package org.presstm.tm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /** A sentence made ready for scoring; build once, score against many. */
    public static final class Prepared {
        final String identity;
        final String[] keys;
        final String[] numbers;
        final String cased;
        final String punctuation;
        final String codes;

        Prepared(TaggedText text, String langKey) {
            String plain = text.plain();
            String normalized = TextNormalizer.normalize(plain);
            List<String> folded = Words.split(TextNormalizer.fold(plain, Words.language(langKey)));
            keys = new String[folded.size()];
            List<String> nums = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                String w = folded.get(i);
                boolean number = Words.isNumber(w);
                keys[i] = number ? NUMBER : w;
                if (number) {
                    nums.add(w);
                }
            }
            numbers = nums.toArray(String[]::new);
            cased = Words.split(normalized).stream().map(w -> Words.isNumber(w) ? NUMBER : w)
                    .collect(java.util.stream.Collectors.joining(" "));
            punctuation = punctuation(normalized);
            codes = codeSignature(text);
            identity = TextNormalizer.normalize(text.coded()) + '\u0000' + codes;
        }

        public int length() {
            return keys.length;
        }
    }

    public Prepared prepare(TaggedText text, String langKey) {
        return new Prepared(text, langKey);
    }

    public int score(Prepared query, Prepared candidate) {
        if (query.identity.equals(candidate.identity)) {
            return 100;
        }
        int longest = Math.max(query.keys.length, candidate.keys.length);
        int base = longest == 0 ? 100 : 100 * (longest - distance(query.keys, candidate.keys)) / longest;
        int penalty = 0;
        if (!Arrays.equals(query.numbers, candidate.numbers)) {
            penalty += 2;
        }
        if (!query.codes.equals(candidate.codes)) {
            penalty += 2;
        }
        if (!query.punctuation.equals(candidate.punctuation)) {
            penalty += 1;
        }
        if (Arrays.equals(query.keys, candidate.keys) && !query.cased.equals(candidate.cased)) {
            penalty += 1;
        }
        return Math.max(0, Math.min(99, base - penalty));
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
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1].equals(b[j - 1]) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
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
