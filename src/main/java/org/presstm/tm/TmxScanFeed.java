package org.presstm.tm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.presstm.PresstmException;

/**
 * A {@link TmxScan} running on its own thread, whose findings can be awaited one unit at a time, so that
 * Okapi can read a file while it is being scanned instead of after. Thread-safe.
 */
final class TmxScanFeed implements TmxScan.Progress {
    private final List<TmxScan.Unit> units = new ArrayList<>();
    private boolean headerSeen;
    private String srclang;
    private TmxScan.Result result;
    private RuntimeException failure;
    private volatile boolean cancelled;
    private volatile boolean onePass = true;

    private TmxScanFeed() {
    }

    /** Starts scanning {@code file} on a daemon thread. */
    static TmxScanFeed start(Path file) {
        TmxScanFeed feed = new TmxScanFeed();
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
    void cancel() {
        cancelled = true;
    }

    @Override
    public synchronized void unit(TmxScan.Unit unit) {
        if (cancelled) {
            throw new PresstmException("scan cancelled");
        }
        if (unit.problem() != null || !unit.source().equals(srclang)) {
            onePass = false;
        }
        units.add(unit);
        notifyAll();
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

    /** The unit at {@code index} (in document order), or null if the file has fewer; throws the scan's failure. */
    synchronized TmxScan.Unit unit(int index) {
        while (units.size() <= index && result == null && failure == null) {
            await();
        }
        if (index < units.size()) {
            return units.get(index);
        }
        if (failure != null) {
            throw failure;
        }
        return null;
    }

    /** The whole scan, once done; throws its failure. */
    synchronized TmxScan.Result result() {
        while (result == null && failure == null) {
            await();
        }
        if (failure != null) {
            throw failure;
        }
        return result;
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
