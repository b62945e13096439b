package io.mlmodel.tracking.internal;

import java.io.IOException;

/** More bytes than a {@link Sink}'s bound arrived: the response is refused ({@code limit}), not retried. */
final class TooLarge extends IOException {
  private static final long serialVersionUID = 1L;
  final long seen;

  TooLarge(long seen) {
    super("more than the expected bytes arrived (" + seen + " so far)");
    this.seen = seen;
  }
}
