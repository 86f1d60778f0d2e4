package dev.cloudmaker.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/** Runs tasks on virtual threads, at most {@code bound} at a time; collects every failure instead of stopping at the first. */
public final class Parallel {
    private Parallel() {
    }

    public static <T> List<Throwable> forEach(List<T> items, int bound, Consumer<T> task) {
        if (items.isEmpty()) {
            return List.of();
        }
        Semaphore permits = new Semaphore(bound);
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    permits.acquireUninterruptibly();
                    try {
                        task.accept(item);
                    } finally {
                        permits.release();
                    }
                }));
            }
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(e);
            }
        }
        return failures;
    }
}
