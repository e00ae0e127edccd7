package org.presstm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Consumer;

import org.presstm.tm.ConcordanceHit;
import org.presstm.tm.Match;
import org.presstm.tm.MatchQuery;
import org.presstm.tm.Memory;
import org.presstm.tm.MemoryStats;
import org.presstm.tm.TranslationUnit;

/**
 * A memory that adds up the wall and processor time of its fuzzy lookups, so that a benchmark can tell the
 * lookups from the rest of the work. Delegates everything; closing it does not close the memory. Not
 * thread-safe.
 */
final class TimedMemory implements Memory {
    private final Memory memory;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long nanos;
    private long cpuNanos;

    TimedMemory(Memory memory) {
        this.memory = memory;
    }

    @Override
    public List<Match> match(MatchQuery query) {
        return timed(() -> memory.match(query));
    }

    /** The whole batch timed: wall time, and this thread's processor time (helper threads not counted). */
    @Override
    public List<List<Match>> matchAll(List<MatchQuery> queries) {
        return timed(() -> memory.matchAll(queries));
    }

    private <T> T timed(java.util.function.Supplier<T> lookup) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try {
            return lookup.get();
        } finally {
            nanos += System.nanoTime() - t0;
            cpuNanos += threads.getCurrentThreadCpuTime() - c0;
        }
    }

    /** Milliseconds of lookups since the last reset: wall time and this thread's processor time. */
    double[] millisAndReset() {
        double[] out = {nanos / 1e6, cpuNanos / 1e6};
        nanos = 0;
        cpuNanos = 0;
        return out;
    }

    @Override
    public Batch begin() {
        return memory.begin();
    }

    @Override
    public List<ConcordanceHit> search(String text, String langKey, int max) {
        return memory.search(text, langKey, max);
    }

    @Override
    public void forEach(List<String> langKeys, String since, Consumer<TranslationUnit> sink) {
        memory.forEach(langKeys, since, sink);
    }

    @Override
    public MemoryStats stats() {
        return memory.stats();
    }

    @Override
    public void close() {
        // the memory is the caller's to close
    }
}
