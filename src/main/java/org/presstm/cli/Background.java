package org.presstm.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Work a command starts on another thread and waits for later, failing as if it had been done in line. */
final class Background {
    private Background() {
    }

    /** Starts {@code work} on a thread of its own (a daemon: it never keeps the JVM alive). */
    static <T> CompletableFuture<T> start(String name, java.util.function.Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "presstm-" + name);
        t.setDaemon(true);
        t.start();
        return result;
    }

    /** The result, or the work's own exception (so that its message and exit code stay what they are). */
    static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
