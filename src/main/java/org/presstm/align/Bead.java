package org.presstm.align;

import java.util.List;
import java.util.Objects;

/**
 * One step of an alignment: consecutive sentences of the source that correspond to consecutive sentences of
 * the target. An empty side is an omission (a sentence with no counterpart). Written as Vecalign writes
 * it: {@code [1, 2]:[1]}, {@code [3]:[]}, 0-based sentence numbers.
 *
 * @param source     the source sentence numbers, ascending and consecutive; may be empty
 * @param target     the target sentence numbers, ascending and consecutive; may be empty
 * @param confidence how sure the aligner is, from 0 to 1
 */
public record Bead(List<Integer> source, List<Integer> target, double confidence) {
    public Bead {
        source = List.copyOf(Objects.requireNonNull(source, "source"));
        target = List.copyOf(Objects.requireNonNull(target, "target"));
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("bead with two empty sides");
        }
        checkRun(source, "source");
        checkRun(target, "target");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("bead confidence " + confidence + " is not in [0, 1]");
        }
    }

    /** The bead of sentences [s0, s1) and [t0, t1). */
    public static Bead of(int s0, int s1, int t0, int t1, double confidence) {
        return new Bead(range(s0, s1), range(t0, t1), confidence);
    }

    private static List<Integer> range(int from, int to) {
        Integer[] out = new Integer[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = i;
        }
        return List.of(out);
    }

    private static void checkRun(List<Integer> side, String name) {
        for (int k = 0; k < side.size(); k++) {
            if (side.get(k) < 0 || (k > 0 && side.get(k) != side.get(k - 1) + 1)) {
                throw new IllegalArgumentException("bead " + name + " " + side
                        + " is not a run of consecutive sentence numbers from 0 up");
            }
        }
    }

    /** An omission: one side is empty. */
    public boolean isOmission() {
        return source.isEmpty() || target.isEmpty();
    }

    /** The bead as Vecalign writes it: {@code [1, 2]:[1]}. */
    @Override
    public String toString() {
        return source + ":" + target;
    }

    /** Reads the Vecalign form {@code [1, 2]:[1]}; the confidence is set to 1. */
    public static Bead parse(String text) {
        String t = text.strip();
        int colon = t.indexOf("]:[");
        if (!t.startsWith("[") || !t.endsWith("]") || colon < 0) {
            throw new IllegalArgumentException("not a bead: '" + text + "' (expected e.g. [0, 1]:[2])");
        }
        return new Bead(numbers(t.substring(1, colon)), numbers(t.substring(colon + 3, t.length() - 1)), 1.0);
    }

    private static List<Integer> numbers(String list) {
        if (list.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(list.split(",")).map(s -> Integer.parseInt(s.strip())).toList();
    }
}
