package org.presstm.tm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.presstm.InvalidInputException;
import org.presstm.PresstmException;

/**
 * Imports one TMX file into a memory in one transaction: a file that fails leaves the memory as it was.
 * A safe StAX scan ({@link TmxScan}) finds each unit's line, problems and notes; Okapi reads the file on a
 * second thread while the scan runs on a third, a fourth builds each unit's index keys and fingerprint
 * ({@link KeyedUnit}, which need no transaction) and this one writes, all meeting in bounded queues, so
 * that the two cores stay busy. When the scan finds a bad unit or one without the header's source language
 * (or the file has no srclang), the batch is rolled back and the file read again from the whole scan, one
 * pass per source language ({@link TmxReader}). Lenient: a bad unit is skipped and kept in the report;
 * strict: the first bad unit fails the file. Not thread-safe: one per import.
 */
public final class TmxImport {
    /** Told of progress every {@link #PROGRESS_EVERY} units; {@code total} is -1 while not yet known. */
    public interface Listener {
        void progress(Path file, int done, int total);
    }

    static final int PROGRESS_EVERY = 5_000;
    /**
     * Items travel between the threads in chunks of this many: one hand-over per item (a lock, and a
     * sleeping thread woken) cost as much processor time as keying the unit.
     */
    private static final int CHUNK = 256;
    /** Chunks each queue holds. */
    private static final int QUEUE = 8;

    /** A unit read (keyed once the keying thread has seen it), a bad unit, the end, or the reader's failure. */
    private record Item(TranslationUnit unit, KeyedUnit keyed, int line, String problem, RuntimeException failure,
            boolean end) {
    }

    private final boolean strict;
    private final Listener listener;

    public TmxImport(boolean strict, Listener listener) {
        this.strict = strict;
        this.listener = listener;
    }

    public ImportReport run(Memory memory, Path file) {
        TmxScanFeed feed = TmxScanFeed.start(file);
        try {
            String source = feed.srclang();
            if (source != null) {
                try {
                    return store(memory, file, -1, sink -> TmxReader.readWhileScanned(file, source, feed, sink));
                } catch (TmxReader.NotOnePass e) {
                    // some units are bad or lack the header's source language: the batch is rolled back and
                    // the file read again, pass by pass, from the whole scan
                }
            }
            TmxScan.Result scan = feed.result();
            if (strict) {
                scan.units().stream().filter(u -> u.problem() != null).findFirst().ifPresent(u -> {
                    throw new InvalidInputException(file, u.line(), u.problem());
                });
            }
            return store(memory, file, scan.units().size(), sink -> new TmxReader(file, scan).read(sink));
        } finally {
            feed.cancel();
        }
    }

    /** Reads with {@code reading} on a thread of its own and stores what it finds in one batch. */
    private ImportReport store(Memory memory, Path file, int total, Consumer<TmxReader.Sink> reading) {
        BlockingQueue<List<Item>> read = new ArrayBlockingQueue<>(QUEUE);
        BlockingQueue<List<Item>> keyed = new ArrayBlockingQueue<>(QUEUE);
        Thread reader = daemon(() -> produce(reading, read), "presstm-tmx-reader");
        Thread keyer = daemon(() -> key(read, keyed), "presstm-tmx-keys");
        try (Memory.Batch batch = memory.begin()) {
            ImportReport report = consume(file, total, keyed, batch);
            batch.commit();
            return report;
        } finally {
            reader.interrupt();
            keyer.interrupt();
        }
    }

    private static Thread daemon(Runnable work, String name) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The keying thread: builds each read unit's keys, passing everything on in order. */
    private static void key(BlockingQueue<List<Item>> read, BlockingQueue<List<Item>> keyed) {
        try {
            while (true) {
                List<Item> chunk = take(read);
                List<Item> out = new ArrayList<>(chunk.size());
                for (Item item : chunk) {
                    if (item.unit() != null) {
                        try {
                            out.add(new Item(null, KeyedUnit.of(item.unit()), item.line(), null, null, false));
                        } catch (RuntimeException e) {
                            out.add(new Item(null, null, item.line(), null, e, true));
                            put(keyed, out);
                            return;
                        }
                    } else {
                        out.add(item);
                        if (item.end()) {
                            put(keyed, out);
                            return;
                        }
                    }
                }
                put(keyed, out);
            }
        } catch (PresstmException e) { // interrupted: the writer has given up
            return;
        }
    }

    private static void produce(Consumer<TmxReader.Sink> reading, BlockingQueue<List<Item>> queue) {
        List<Item> chunk = new ArrayList<>(CHUNK);
        try {
            reading.accept(new TmxReader.Sink() {
                @Override
                public void unit(TranslationUnit unit, int line) {
                    add(new Item(unit, null, line, null, null, false));
                }

                @Override
                public void problem(int line, String reason) {
                    add(new Item(null, null, line, reason, null, false));
                }

                private void add(Item item) {
                    chunk.add(item);
                    if (chunk.size() == CHUNK) {
                        put(queue, List.copyOf(chunk));
                        chunk.clear();
                    }
                }
            });
            chunk.add(new Item(null, null, 0, null, null, true));
            put(queue, chunk);
        } catch (RuntimeException e) {
            if (!(e instanceof Stopped) && !Thread.currentThread().isInterrupted()) {
                try {
                    chunk.add(new Item(null, null, 0, null, e, true));
                    put(queue, chunk);
                } catch (Stopped gone) {
                    return; // the writer gave up meanwhile
                }
            }
        }
    }

    private ImportReport consume(Path file, int total, BlockingQueue<List<Item>> queue, Memory.Batch batch) {
        int read = 0;
        int added = 0;
        int merged = 0;
        int skipped = 0;
        List<ImportReport.Problem> problems = new ArrayList<>();
        Iterator<Item> chunk = Collections.emptyIterator();
        while (true) {
            if (!chunk.hasNext()) {
                chunk = take(queue).iterator();
                continue;
            }
            Item item = chunk.next();
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
            } else if (batch.add(item.keyed()) == Memory.Outcome.ADDED) {
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

    private static void put(BlockingQueue<List<Item>> queue, List<Item> chunk) {
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static List<Item> take(BlockingQueue<List<Item>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PresstmException("import interrupted", e);
        }
    }
}
