package org.presstm.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.presstm.io.TextFiles;

/**
 * A deterministic generator of press-release sentences in Azerbaijani, English and Russian, for benchmarks:
 * templates of the parliament's press service with slots (officials, countries, topics, committees,
 * dates, amounts) filled from {@code bench/press-sentences.txt}. The same seed gives the same sentences;
 * no sentence repeats within one generator. Not thread-safe.
 */
public final class PressSentences {
    /** One sentence in three languages. */
    public record Triple(String az, String en, String ru) {
    }

    private static final Pattern SLOT = Pattern.compile("\\{([A-Z]+)}");

    private final List<String[]> templates = new ArrayList<>();
    private final Map<String, List<String[]>> values = new HashMap<>();
    private final Random random;
    private final Set<Long> seen = new HashSet<>();
    private final Map<Integer, Integer> misses = new HashMap<>();
    private static final int MAX_MISSES = 50;

    public PressSentences(long seed) {
        this.random = new Random(seed);
        load();
    }

    private void load() {
        byte[] bytes;
        try (InputStream in = PressSentences.class.getResourceAsStream("/bench/press-sentences.txt")) {
            if (in == null) {
                throw new IllegalStateException("bench/press-sentences.txt is missing from the jar");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : TextFiles.decodeTrusted(bytes).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String[] three = line.substring(space + 1).split("\\|");
            for (int i = 0; i < 3; i++) {
                three[i] = three[i].trim();
            }
            String kind = line.substring(0, space);
            if (kind.equals("T")) {
                templates.add(three);
            } else {
                values.computeIfAbsent(kind, k -> new ArrayList<>()).add(three);
            }
        }
    }

    /**
     * The next sentence, different from every earlier one of this generator. A template that keeps giving
     * sentences already made has run out of combinations and is dropped, so that the generator stays fast.
     */
    public Triple next() {
        while (true) {
            int index = random.nextInt(templates.size());
            Triple t = fill(templates.get(index));
            if (seen.add(hash(t.az()))) {
                misses.put(index, 0);
                return t;
            }
            if (misses.merge(index, 1, Integer::sum) > MAX_MISSES && templates.size() > 1) {
                templates.remove(index);
                misses.clear();
            }
        }
    }

    private Triple fill(String[] template) {
        Map<String, String[]> chosen = new HashMap<>();
        String[] out = new String[3];
        for (int lang = 0; lang < 3; lang++) {
            Matcher m = SLOT.matcher(template[lang]);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String[] value = chosen.computeIfAbsent(m.group(1), this::value);
                m.appendReplacement(sb, Matcher.quoteReplacement(value[lang]));
            }
            m.appendTail(sb);
            out[lang] = sb.toString();
        }
        return new Triple(out[0], out[1], out[2]);
    }

    private String[] value(String slot) {
        switch (slot) {
            case "DAY":
                return same(String.valueOf(1 + random.nextInt(28)));
            case "YEAR":
                return same(String.valueOf(2005 + random.nextInt(22)));
            case "COUNT":
                return same(String.valueOf(2 + random.nextInt(149)));
            case "AMOUNT": {
                int whole = 1 + random.nextInt(900);
                int tenth = random.nextInt(10);
                return new String[] {whole + "," + tenth, whole + "." + tenth, whole + "," + tenth};
            }
            case "PERSON": {
                String[] f = pick("FIRST");
                String[] l = pick("LAST");
                return new String[] {f[0] + " " + l[0], f[1] + " " + l[1], f[2] + " " + l[2]};
            }
            default:
                return pick(slot);
        }
    }

    private String[] pick(String slot) {
        List<String[]> list = values.get(slot);
        if (list == null) {
            throw new IllegalStateException("no values for slot " + slot);
        }
        return list.get(random.nextInt(list.size()));
    }

    private static String[] same(String s) {
        return new String[] {s, s, s};
    }

    /** 64 bits of the text, enough to tell a million sentences apart. */
    private static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ ((long) s.hashCode() << 32);
    }
}
