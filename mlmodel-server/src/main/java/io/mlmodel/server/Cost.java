package io.mlmodel.server;

/**
 * What a model's predictions cost lately: a moving average of the time from decoding to the encoded
 * answer. It decides where a prediction runs: a model whose small requests take well under a
 * millisecond is run on the event loop that parsed the request, as a plain HTTP handler would (a
 * hand-off to a worker and back would cost more than the prediction); anything else, and every
 * request until enough have been measured, runs on a worker, so that a slow model never holds an
 * event loop. Updates may race and lose a sample; the average stays a fair estimate. Thread-safe.
 */
final class Cost {
  /** Requests measured on workers before a model may run on the event loop. */
  static final int WARM_UP = 64;
  /** Bodies larger than this always go to a worker. */
  static final int INLINE_MAX_BYTES = 16 * 1024;
  /** The average cost under which a model runs on the event loop. */
  static final long INLINE_MAX_NANOS = 500_000;

  private volatile long average = Long.MAX_VALUE;
  private volatile int samples;

  /** Whether a request of {@code bodyBytes} should run on the event loop. */
  boolean inline(int bodyBytes) {
    return bodyBytes <= INLINE_MAX_BYTES && samples >= WARM_UP && average < INLINE_MAX_NANOS;
  }

  /** Records the cost of one small request. */
  void record(long nanos) {
    long a = average;
    average = a == Long.MAX_VALUE ? nanos : a + (nanos - a) / 16;
    if (samples < WARM_UP) {
      samples++;
    }
  }
}
