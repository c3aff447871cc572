package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The reservation of a place for a new tab under contention: more threads than places opening and closing tabs at
 * once, millions of times (CapacityRaceIT does it with real UI-init requests, but a request is too slow to hit the
 * window of a check-then-act race; a check-then-increment version of {@code tryOpen} failed the first test here in
 * three runs of three).
 */
class VisitorCapacityTest {

    static final int CAP = 3;
    /** More threads than places, so that several want the last place at once. */
    static final int THREADS = 8;
    static final int TRIES = 2_000_000;

    static VisitorCapacity capacity(int cap) {
        return new VisitorCapacity(new VisitorProperties(cap, DataSize.ofMegabytes(160), DataSize.ofMegabytes(2),
                Duration.ofSeconds(60)));
    }

    @Test
    void threads_racing_for_places_at_the_cap_never_hold_more_than_the_cap() throws Exception {
        var capacity = capacity(CAP);
        var held = new AtomicInteger();
        var mostHeld = new AtomicInteger();
        var barrier = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            runs.add(pool.submit(() -> {
                barrier.await();
                for (int i = 0; i < TRIES; i++) {
                    if (capacity.tryOpen()) {
                        mostHeld.accumulateAndGet(Math.max(held.incrementAndGet(), capacity.open()), Math::max);
                        held.decrementAndGet();
                        capacity.close();
                    }
                }
                return null;
            }));
        }
        for (var run : runs) {
            run.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(mostHeld.get()).as("most places held at once").isLessThanOrEqualTo(CAP);
        assertThat(capacity.open()).isZero();
    }

    @Test
    void when_all_arrive_at_once_exactly_the_free_places_are_taken() throws Exception {
        var capacity = capacity(CAP);
        capacity.tryOpen();
        var taken = new AtomicInteger();
        var barrier = new CyclicBarrier(THREADS * 4);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS * 4);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS * 4; t++) {
            runs.add(pool.submit(() -> {
                barrier.await();
                if (capacity.tryOpen()) {
                    taken.incrementAndGet();
                }
                return null;
            }));
        }
        for (var run : runs) {
            run.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(taken.get()).isEqualTo(CAP - 1);
        assertThat(capacity.open()).isEqualTo(CAP);
        assertThat(capacity.full()).isTrue();
    }
}
