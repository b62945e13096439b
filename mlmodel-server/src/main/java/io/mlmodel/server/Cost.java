package io.mlmodel.server;

/**
 * What a model's small predictions cost lately, which decides where they run. A model whose small
 * requests nearly always take well under a millisecond (decoding to encoded answer) runs them on
 * the event loop that parsed the request, as a plain HTTP handler would: a hand-off to a worker and
 * back would cost more than the prediction. Anything else, and every request until enough have
 * been measured, runs on a worker, so that a slow or blocking model never holds an event loop.
 *
 * <p>The decision counts how many of the last {@value #WINDOW} measurements were under {@link
 * #INLINE_MAX_NANOS}, rather than averaging them: on a busy machine a few measurements include
 * the thread being preempted, and one such outlier would push an average over the bound. A quarter
 * may be slow: on a loaded machine a worker that wakes for each request runs it with cold caches
 * and is often preempted, so a model measured on workers looks far slower than it is.
 *
 * <p>It also depends on the request's size: a cheap model is cheap for the inputs it was measured
 * on, and a larger body (more rows) costs more. A body runs on the event loop only when it is at
 * most twice the largest body among the cheap measurements (and at most {@value
 * #INLINE_MAX_BYTES} bytes); a larger one goes to a worker, where it is measured, so the bound
 * grows with bodies shown to be cheap. A model cheap at batch 1 thus never runs a batch of a
 * thousand rows on the event loop, where it would hold every connection of that loop, the 504 of
 * its own timeout included, until it ends. Writes may race and lose a sample; the window stays a
 * fair estimate. Thread-safe.
 */
final class Cost {
  /** Bodies larger than this always go to a worker. */
  static final int INLINE_MAX_BYTES = 16 * 1024;
  /** The cost under which a request counts as cheap. */
  static final long INLINE_MAX_NANOS = 500_000;
  /** How many recent measurements decide. */
  static final int WINDOW = 64;
  /** How many of them must be cheap (75%). */
  static final int CHEAP_NEEDED = 48;

  private final long[] recent = new long[WINDOW];
  private final int[] sizes = new int[WINDOW];
  private int next;
  private int filled;
  /** The largest body that runs on the event loop; -1: none (the model is not cheap). */
  private volatile int inlineMaxBytes = -1;

  /** Whether a request of {@code bodyBytes} should run on the event loop. */
  boolean inline(int bodyBytes) {
    return bodyBytes <= inlineMaxBytes;
  }

  /** Records the cost of one request of at most {@link #INLINE_MAX_BYTES} whose body had {@code bodyBytes}. */
  void record(long nanos, int bodyBytes) {
    int i = next;
    recent[i] = nanos;
    sizes[i] = bodyBytes;
    next = (i + 1) % WINDOW;
    if (filled < WINDOW) {
      filled++;
    }
    if (i % 8 == 0 && filled == WINDOW) {
      int under = 0;
      int largest = 0;
      for (int k = 0; k < WINDOW; k++) {
        if (recent[k] < INLINE_MAX_NANOS) {
          under++;
          largest = Math.max(largest, sizes[k]);
        }
      }
      inlineMaxBytes = under >= CHEAP_NEEDED ? Math.min(INLINE_MAX_BYTES, 2 * largest) : -1;
    }
  }
}
