package dev.cloudmaker.aws;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Concurrent asks for one key each, answered by one batch call for all the keys asked meanwhile: while a batch is
 * under way, new asks wait and go together in the next one (group commit, no timer). The engine deletes servers in
 * parallel, each waiting for its own; through this, N waits cost a DescribeInstances per round, not N.
 *
 * @param <K> what one caller asks about (an instance id)
 * @param <V> its answer; a key the batch leaves out is answered with null
 */
final class Coalescer<K, V> {
    private final Function<Set<K>, Map<K, V>> batch;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition roundEnded = lock.newCondition();
    private final Map<K, CompletableFuture<V>> pending = new LinkedHashMap<>();
    private boolean running;
    private int answering;

    Coalescer(Function<Set<K>, Map<K, V>> batch) {
        this.batch = batch;
    }

    /** The answer for {@code key} from a batch that began after this call did; its failure is rethrown as is. */
    V get(K key) {
        CompletableFuture<V> mine;
        lock.lock();
        try {
            mine = pending.computeIfAbsent(key, k -> new CompletableFuture<>());
        } finally {
            lock.unlock();
        }
        while (!mine.isDone()) {
            Map<K, CompletableFuture<V>> round = takeRoundOrWait(mine);
            if (round != null) {
                run(round);
            }
        }
        try {
            return mine.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** How many keys are asked and not answered yet (in the running batch or waiting for the next), for tests. */
    int waiting() {
        lock.lock();
        try {
            return pending.size() + answering;
        } finally {
            lock.unlock();
        }
    }

    /** Everything asked so far when no batch runs (this caller then runs it); else null after the running one ends. */
    private Map<K, CompletableFuture<V>> takeRoundOrWait(CompletableFuture<V> mine) {
        lock.lock();
        try {
            if (mine.isDone()) {
                return null;
            }
            if (running) {
                roundEnded.awaitUninterruptibly();
                return null;
            }
            running = true;
            Map<K, CompletableFuture<V>> round = new LinkedHashMap<>(pending);
            pending.clear();
            answering = round.size();
            return round;
        } finally {
            lock.unlock();
        }
    }

    private void run(Map<K, CompletableFuture<V>> round) {
        try {
            Map<K, V> answers = batch.apply(round.keySet());
            round.forEach((k, f) -> f.complete(answers.get(k)));
        } catch (RuntimeException | Error e) {
            round.values().forEach(f -> f.completeExceptionally(e));
        } finally {
            lock.lock();
            try {
                running = false;
                answering = 0;
                roundEnded.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
