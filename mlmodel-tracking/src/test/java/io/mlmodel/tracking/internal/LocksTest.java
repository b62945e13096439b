package io.mlmodel.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry locks: exclusive per file, and kept in memory only while used. */
class LocksTest {
  @TempDir Path dir;

  /**
   * Regression: the in-JVM lock of every entry ever filled or evicted stayed in a static map for
   * the life of the process; a long-running scorer resolving many versions grew it without end.
   */
  @Test
  void theInJvmLocksOfManyEntriesAreGoneOnceNobodyUsesThem() throws Exception {
    int threads = 8;
    int perThread = 250;
    AtomicInteger[] inside = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    AtomicInteger overlaps = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int me = t;
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < perThread; i++) {
            Locks.with(dir.resolve("own-" + me + "-" + i + ".lock"), () -> 0); // a new entry each time
            int shared = i % inside.length; // and a few entries every thread wants at once
            Locks.Body<Integer> exclusive = () -> {
              if (inside[shared].incrementAndGet() != 1) {
                overlaps.incrementAndGet();
              }
              Thread.yield();
              inside[shared].decrementAndGet();
              return 1;
            };
            if (i % 4 == 0) {
              Optional<Integer> ran = Locks.ifFree(dir.resolve("shared-" + shared + ".lock"), exclusive);
              skipped.addAndGet(ran.isEmpty() ? 1 : 0);
            } else {
              Locks.with(dir.resolve("shared-" + shared + ".lock"), exclusive);
            }
          }
          return perThread;
        }));
      }
      go.countDown();
      for (Future<Integer> f : done) {
        assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(perThread);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(overlaps).as("two threads inside one entry's lock").hasValue(0);
    assertThat(Locks.size()).as("locks left in memory after %d files were locked", threads * perThread + 3).isZero();
  }

  @Test
  void aLockHeldOrWaitedForStaysOneLock() throws Exception {
    Path file = dir.resolve("e.lock");
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> holder = pool.submit(() -> Locks.with(file, () -> {
        held.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return 1;
      }));
      assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(Locks.ifFree(file, () -> 2)).as("held by the other thread").isEmpty();
      AtomicInteger order = new AtomicInteger();
      Future<Integer> waiter = pool.submit(() -> Locks.with(file, () -> order.incrementAndGet()));
      Thread.sleep(200);
      assertThat(waiter).as("waits for the holder").isNotDone();
      assertThat(Locks.size()).isEqualTo(1);
      release.countDown();
      assertThat(holder.get(30, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(waiter.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    assertThat(Locks.size()).isZero();
  }
}
