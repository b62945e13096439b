package io.mlmodel.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of request bodies the server holds at once, across all connections: bodies arriving,
 * gathered, queued, being predicted on, or still held by a worker after a 504
 * ({@link ServerConfig#maxBufferedBytes()}). {@link BodyAccount} reserves a body's bytes as they
 * arrive (all of a {@code Content-Length} at once, a chunked body chunk by chunk) and refuses with
 * 503 what does not fit; the reservation is given back once, when the body's buffers are freed.
 * Thread-safe and lock-free: a request costs one compare-and-set to reserve and one add to release.
 */
final class BodyBudget {
  private final long capacity;
  private final AtomicLong used = new AtomicLong();

  BodyBudget(long capacity) {
    this.capacity = capacity;
  }

  /**
   * Reserves {@code n} bytes if they fit.
   *
   * @return false, reserving nothing, when fewer than {@code n} bytes are left
   */
  boolean reserve(long n) {
    long now;
    do {
      now = used.get();
      // the bytes are reserved only if they all fit: a refused request takes nothing from others
      if (n > capacity - now) {
        return false;
      }
    } while (!used.compareAndSet(now, now + n));
    return true;
  }

  /** Gives back {@code n} bytes reserved earlier. */
  void release(long n) {
    if (n > 0) {
      used.addAndGet(-n);
    }
  }

  /** The bytes reserved now; 0 when no body is held anywhere. */
  long used() {
    return used.get();
  }

  long capacity() {
    return capacity;
  }
}
