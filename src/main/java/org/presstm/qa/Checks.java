package org.presstm.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one factory of checks: a fresh instance of every check for one run, in report order. Thread-safe.
 */
public final class Checks {
    private Checks() {
    }

    /** Every check, configured with the context. */
    public static List<Check> create(CheckContext context) {
        List<Check> all = new ArrayList<>();
        all.add(TermsCheck.missing(context));
        all.add(TermsCheck.deprecated(context));
        all.add(new NamesCheck(context));
        all.add(new TransliterationCheck(context));
        all.add(NumbersCheck.missing());
        all.add(NumbersCheck.extra());
        all.add(new NumberFormCheck());
        all.add(new CrossTargetCheck(context));
        SegmentKeys keys = new SegmentKeys();
        all.add(InconsistencyCheck.bySource(keys));
        all.add(InconsistencyCheck.byTarget(keys));
        all.add(new MemoryConsistencyCheck(context));
        all.addAll(CompletenessChecks.all());
        all.addAll(FormChecks.all());
        return List.copyOf(all);
    }

    /**
     * The checks whose id or category is listed ("numbers" selects numbers.missing, numbers.extra and
     * numbers.form); all when the list is empty.
     *
     * @throws IllegalArgumentException naming an entry that selects no check
     */
    public static List<Check> select(CheckContext context, List<String> wanted) {
        List<Check> all = create(context);
        if (wanted.isEmpty()) {
            return all;
        }
        for (String w : wanted) {
            if (all.stream().noneMatch(c -> c.id().equals(w) || c.category().equals(w))) {
                throw new IllegalArgumentException("no check '" + w + "' (known: " + String.join(", ", ids()) + ")");
            }
        }
        return all.stream().filter(c -> wanted.contains(c.id()) || wanted.contains(c.category())).toList();
    }

    /** The ids of all checks, sorted. */
    public static Set<String> ids() {
        Set<String> ids = new TreeSet<>();
        create(CheckContext.EMPTY).forEach(c -> ids.add(c.id()));
        return ids;
    }
}
