package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Concurrent asks answered by shared batches: those asked while a batch runs go together in the next one. */
class CoalescerTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 10, 100})
    void asksMadeWhileABatchRunsShareTheNextBatch(int callers) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Set<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        Coalescer<Integer, String> coalescer = new Coalescer<>(keys -> {
            batches.add(Set.copyOf(keys));
            if (batches.size() == 1) {
                awaitUninterruptibly(release);
            }
            Map<Integer, String> answers = new HashMap<>();
            keys.forEach(k -> answers.put(k, "answer " + k));
            return answers;
        });
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = pool.submit(() -> coalescer.get(0));
            await().until(() -> batches.size() == 1);
            List<Future<String>> others = IntStream.range(1, callers)
                    .mapToObj(k -> pool.submit(() -> coalescer.get(k))).toList();
            await().until(() -> coalescer.waiting() == callers);
            release.countDown();

            assertThat(first.get()).isEqualTo("answer 0");
            for (int k = 1; k < callers; k++) {
                assertThat(others.get(k - 1).get()).isEqualTo("answer " + k);
            }
        }
        assertThat(batches).containsExactly(Set.of(0), IntStream.range(1, callers).boxed().collect(Collectors.toSet()));
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aKeyLeftOutIsAnsweredWithNullAndABatchsFailureReachesEveryCallerOfIt() {
        assertThat(new Coalescer<String, String>(keys -> Map.of()).get("a")).isNull();
        Coalescer<String, String> failing = new Coalescer<>(keys -> {
            throw new IllegalStateException("throttled");
        });
        assertThatThrownBy(() -> failing.get("a")).isInstanceOf(IllegalStateException.class).hasMessage("throttled");
        assertThat(failing.waiting()).isZero();
    }
}
