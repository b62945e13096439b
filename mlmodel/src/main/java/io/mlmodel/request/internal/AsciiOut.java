package io.mlmodel.request.internal;

import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.core.exc.JacksonIOException;

/**
 * A byte buffer for ASCII JSON written by hand, passed on to a stream whenever it fills: the
 * writers put their bytes straight into {@link #buf} after asking {@link #room} for space. Not
 * thread-safe. A failing stream is reported as Jackson's generator reports it, {@link
 * JacksonIOException}. Internal.
 */
final class AsciiOut {
  final byte[] buf;
  int pos;
  private final OutputStream out;

  /** {@code size}: at least the largest {@link #room} asked for. */
  AsciiOut(OutputStream out, int size) {
    this.out = out;
    this.buf = new byte[size];
  }

  /** Makes sure {@code n} bytes (at most the buffer's size) fit from {@link #pos}, passing the rest on. */
  void room(int n) {
    if (pos + n > buf.length) {
      drain();
    }
  }

  void put(byte b) {
    room(1);
    buf[pos++] = b;
  }

  /** A string of ASCII characters, as bytes. */
  void ascii(String s) {
    for (int i = 0; i < s.length(); i += buf.length) {
      int n = Math.min(buf.length, s.length() - i);
      room(n);
      for (int j = 0; j < n; j++) {
        buf[pos++] = (byte) s.charAt(i + j);
      }
    }
  }

  /** Passes everything written on to the stream and flushes it. */
  void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw JacksonIOException.construct(e); // as Jackson's own generator reports it
    }
  }

  private void drain() {
    try {
      out.write(buf, 0, pos);
    } catch (IOException e) {
      throw JacksonIOException.construct(e); // as Jackson's own generator reports it
    }
    pos = 0;
  }
}
