package org.presstm.tm;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

import org.presstm.PresstmException;

/**
 * A {@link TmxScan} running on its own thread, whose findings can be awaited one unit at a time, so that
 * Okapi can read a file while it is being scanned instead of after. Units are asked for in document order
 * and forgotten once a later one is asked for; the whole scan, wanted only when a file must be read again
 * the careful way, is then made anew. Thread-safe.
 */
final class TmxScanFeed implements TmxScan.Progress {
    private final Path file;
    /** The units scanned and not yet forgotten: the first is the one of ordinal {@link #first}. */
    private final ArrayDeque<TmxScan.Unit> units = new ArrayDeque<>();
    private int first;
    private int scanned;
    /** Units the scan may be ahead of the reader. */
    private static final int AHEAD = 4096;
    private boolean wholeWanted;
    private boolean scanWaits;
    private boolean readerWaits;
    private boolean headerSeen;
    private String srclang;
    private TmxScan.Result result;
    private RuntimeException failure;
    private volatile boolean cancelled;
    private volatile boolean onePass = true;

    private TmxScanFeed(Path file) {
        this.file = file;
    }

    /** Starts scanning {@code file} on a daemon thread. */
    static TmxScanFeed start(Path file) {
        TmxScanFeed feed = new TmxScanFeed(file);
        Thread t = new Thread(() -> feed.run(file), "presstm-tmx-scan");
        t.setDaemon(true);
        t.start();
        return feed;
    }

    private void run(Path file) {
        try {
            TmxScan.Result r = TmxScan.scan(file, this);
            synchronized (this) {
                result = r;
                notifyAll();
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                failure = e;
                notifyAll();
            }
        }
    }

    @Override
    public synchronized void header(String lang) {
        headerSeen = true;
        srclang = lang;
        notifyAll();
    }

    /** Stops the scan at its next unit (its result is then a failure); for an import that has given up. */
    synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    @Override
    public synchronized void unit(TmxScan.Unit unit) {
        if (cancelled) {
            throw new PresstmException("scan cancelled");
        }
        if (unit.problem() != null || !unit.source().equals(srclang)) {
            onePass = false;
        }
        // the scan runs ahead of Okapi's reader: it waits rather than hold the file's units, unless the
        // whole scan is wanted
        while (units.size() >= AHEAD && !wholeWanted && !cancelled) {
            scanWaits = true;
            await();
        }
        scanWaits = false;
        if (cancelled) {
            throw new PresstmException("scan cancelled");
        }
        units.add(unit);
        scanned++;
        if (readerWaits) {
            notifyAll();
        }
    }

    /**
     * False once the scan has found a bad unit or one whose source is not the header's: a one-pass read
     * can then stop at once instead of at that unit.
     */
    boolean onePassSoFar() {
        return onePass;
    }

    /** The header's source language, or null if the file has none; throws the scan's failure if it failed first. */
    synchronized String srclang() {
        while (!headerSeen && result == null && failure == null) {
            await();
        }
        if (!headerSeen && failure != null) {
            throw failure;
        }
        return srclang;
    }

    /**
     * The unit at {@code index} (in document order), or null if the file has fewer; throws the scan's failure.
     * The units before it are forgotten: {@code index} may not go down.
     */
    synchronized TmxScan.Unit unit(int index) {
        if (index < first) {
            throw new IllegalArgumentException("unit " + index + " asked for after unit " + first);
        }
        forgetBefore(index); // first, so that a scan waiting for room never waits on this reader
        while (scanned <= index && result == null && failure == null) {
            readerWaits = true;
            await();
        }
        readerWaits = false;
        forgetBefore(index);
        if (index < scanned) {
            return units.peekFirst();
        }
        if (failure != null) {
            throw failure;
        }
        return null;
    }

    private void forgetBefore(int index) {
        for (; first < index && !units.isEmpty(); first++) {
            units.removeFirst();
        }
        if (scanWaits && units.size() <= AHEAD / 2) {
            notifyAll(); // woken half-way, not at every unit: a hand-over costs a lock and a thread woken
        }
    }

    /** The whole scan, once done (made anew if units were forgotten); throws its failure. */
    TmxScan.Result result() {
        synchronized (this) {
            if (first > 0) {
                // units were forgotten: this scan can no longer give them all; stopping it now saves finishing
                // it (and holding the rest of the file's units) only to scan again
                cancelled = true;
                notifyAll();
            } else {
                wholeWanted = true;
                notifyAll();
                while (result == null && failure == null) {
                    await();
                }
                if (failure != null) {
                    throw failure;
                }
                return new TmxScan.Result(result.srclang(), List.copyOf(units));
            }
        }
        return TmxScan.scan(file);
    }

    private void await() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PresstmException("import interrupted", e);
        }
    }
}
