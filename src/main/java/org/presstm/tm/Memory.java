package org.presstm.tm;

import java.util.List;
import java.util.function.Consumer;

/**
 * A translation memory: multilingual units, fuzzy matching and concordance. The rest of presstm reaches the
 * memory only through this interface; {@link SqliteMemory} is the one-file implementation, and a shared
 * server-side store would be a second one. Implementations say their own thread-safety.
 */
public interface Memory extends AutoCloseable {

    /** Starts an all-or-nothing addition of units (e.g. one TMX file). */
    Batch begin();

    /** Fuzzy matches, best first: context, then exact, then by score. */
    List<Match> match(MatchQuery query);

    /**
     * The matches of each query, in the queries' order, as {@link #match} gives them: a whole release at once,
     * which an implementation may spread over threads or send in one round trip.
     */
    default List<List<Match>> matchAll(List<MatchQuery> queries) {
        return queries.stream().map(this::match).toList();
    }

    /**
     * Concordance: units with a variant that contains all the words of {@code text} (case and diacritics
     * ignored, a word may be the start of a longer word), in {@code langKey} or in any language if null.
     */
    List<ConcordanceHit> search(String text, String langKey, int max);

    /** Every unit that has at least one variant in {@code langKeys} (all if empty) changed since
     * {@code since} (TMX date form, or null for all), in storage order. */
    void forEach(List<String> langKeys, String since, Consumer<TranslationUnit> sink);

    MemoryStats stats();

    @Override
    void close();

    /** What happened to an added unit. */
    enum Outcome {
        ADDED, MERGED
    }

    /** An open transaction: nothing is visible to others, and nothing is kept, until {@link #commit()}. */
    interface Batch extends AutoCloseable {
        Outcome add(TranslationUnit unit);

        /** Adds a unit whose keys were built beforehand, e.g. on another thread ({@link KeyedUnit#of}). */
        default Outcome add(KeyedUnit unit) {
            return add(unit.unit());
        }

        void commit();

        /** Rolls back unless committed. */
        @Override
        void close();
    }
}
