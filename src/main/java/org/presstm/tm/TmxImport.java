package org.presstm.tm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.presstm.InvalidInputException;
import org.presstm.PresstmException;

/**
 * Imports one TMX file into a memory in one transaction: a file that fails leaves the memory as it was.
 * The file is scanned first ({@link TmxScan}), so that a malformed file fails before the memory is
 * touched; then Okapi reads it on a second thread while this one writes, the two meeting in a bounded
 * queue (reading and storing cost about the same, and the machines have two cores). Lenient: a bad unit
 * is skipped and kept in the report; strict: the first bad unit fails the file. Not thread-safe: one per
 * import.
 */
public final class TmxImport {
    /** Told of progress every {@link #PROGRESS_EVERY} units. */
    public interface Listener {
        void progress(Path file, int done, int total);
    }

    static final int PROGRESS_EVERY = 5_000;
    private static final int QUEUE = 2_048;

    private record Item(TranslationUnit unit, int line, String problem, RuntimeException failure, boolean end) {
    }

    private final boolean strict;
    private final Listener listener;

    public TmxImport(boolean strict, Listener listener) {
        this.strict = strict;
        this.listener = listener;
    }

    public ImportReport run(Memory memory, Path file) {
        TmxScan.Result scan = TmxScan.scan(file);
        if (strict) {
            scan.units().stream().filter(u -> u.problem() != null).findFirst().ifPresent(u -> {
                throw new InvalidInputException(file, u.line(), u.problem());
            });
        }
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
        Thread reader = new Thread(() -> produce(file, scan, queue), "presstm-tmx-reader");
        reader.setDaemon(true);
        reader.start();
        try (Memory.Batch batch = memory.begin()) {
            ImportReport report = consume(file, scan.units().size(), queue, batch);
            batch.commit();
            return report;
        } finally {
            reader.interrupt();
        }
    }

    private static void produce(Path file, TmxScan.Result scan, BlockingQueue<Item> queue) {
        try {
            new TmxReader(file, scan).read(new TmxReader.Sink() {
                @Override
                public void unit(TranslationUnit unit, int line) {
                    put(queue, new Item(unit, line, null, null, false));
                }

                @Override
                public void problem(int line, String reason) {
                    put(queue, new Item(null, line, reason, null, false));
                }
            });
            put(queue, new Item(null, 0, null, null, true));
        } catch (RuntimeException e) {
            if (!(e instanceof Stopped)) {
                put(queue, new Item(null, 0, null, e, true));
            }
        }
    }

    private ImportReport consume(Path file, int total, BlockingQueue<Item> queue, Memory.Batch batch) {
        int read = 0;
        int added = 0;
        int merged = 0;
        int skipped = 0;
        List<ImportReport.Problem> problems = new ArrayList<>();
        while (true) {
            Item item = take(queue);
            if (item.failure() != null) {
                throw item.failure();
            }
            if (item.end()) {
                return new ImportReport(file, read, added, merged, skipped, problems);
            }
            read++;
            if (item.problem() != null) {
                if (strict) {
                    throw new InvalidInputException(file, item.line(), item.problem());
                }
                skipped++;
                if (problems.size() < ImportReport.MAX_PROBLEMS) {
                    problems.add(new ImportReport.Problem(item.line(), item.problem()));
                }
            } else if (batch.add(item.unit()) == Memory.Outcome.ADDED) {
                added++;
            } else {
                merged++;
            }
            if (listener != null && read % PROGRESS_EVERY == 0) {
                listener.progress(file, read, total);
            }
        }
    }

    /** Thrown on the reader thread when the writer has given up, to unwind it quietly. */
    private static final class Stopped extends PresstmException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("import stopped");
        }
    }

    private static void put(BlockingQueue<Item> queue, Item item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static Item take(BlockingQueue<Item> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PresstmException("import interrupted", e);
        }
    }
}
