package io.mlmodel.request.internal;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.internal.Problems;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails as soon as more than {@code max} bytes have been read, so that an oversized request ends
 * quickly without being read whole. Internal.
 */
public final class LimitedInputStream extends FilterInputStream {
  private final long max;
  private long count;

  public LimitedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  private void add(long n) {
    if (n > 0) {
      count += n;
      if (count > max) {
        throw new InputException(Problems.LIMIT, Location.UNKNOWN, null, "the request body is larger than the limit"
            + " of " + max + " bytes (EnforcementOptions.maxRequestBytes)");
      }
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, (int) Math.min(len, max - count + 1));
    add(n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long s = super.skip(Math.min(n, max - count + 1));
    add(s);
    return s;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
