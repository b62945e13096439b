package io.mlmodel.server;

import io.netty.buffer.ByteBuf;
import java.io.OutputStream;

/**
 * Rewrites compact JSON, as Jackson writes it, into the bytes Python's {@code json.dumps} writes
 * with its defaults, which is what MLflow's scoring server sends: {@code ", "} and {@code ": "}
 * between items, and {@code ensure_ascii}: every character outside printable ASCII as a
 * lower-case {@code \\uXXXX} escape (a surrogate pair above U+FFFF). A byte-level state machine,
 * so a response costs one pass; not thread-safe (one per response). Used for the error bodies;
 * predictions are written in this style directly ({@code Predictions.writeAsMlflow}), without the
 * extra pass.
 */
final class PythonJsonStyle extends OutputStream {
  private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final ByteBuf out;
  private boolean inString;
  private boolean escaped;
  private int hexLeft;
  private int codePoint;
  private int continuation;

  PythonJsonStyle(ByteBuf out) {
    this.out = out;
  }

  @Override
  public void write(int b) {
    b &= 0xff;
    if (!inString) {
      out.writeByte(b);
      if (b == ',' || b == ':') {
        out.writeByte(' ');
      } else if (b == '"') {
        inString = true;
      }
    } else if (continuation > 0) {
      codePoint = (codePoint << 6) | (b & 0x3f);
      if (--continuation == 0) {
        escape(codePoint);
      }
    } else if (hexLeft > 0) {
      hexLeft--;
      out.writeByte(b >= 'A' && b <= 'F' ? b + ('a' - 'A') : b);
    } else if (escaped) {
      escaped = false;
      out.writeByte(b);
      if (b == 'u') {
        hexLeft = 4;
      }
    } else if (b == '\\') {
      escaped = true;
      out.writeByte(b);
    } else if (b == '"') {
      inString = false;
      out.writeByte(b);
    } else if (b < 0x7f) {
      out.writeByte(b);
    } else if (b == 0x7f) {
      escape(b);
    } else if (b >= 0xf0) {
      codePoint = b & 0x07;
      continuation = 3;
    } else if (b >= 0xe0) {
      codePoint = b & 0x0f;
      continuation = 2;
    } else {
      codePoint = b & 0x1f;
      continuation = 1;
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    int i = off;
    int end = off + len;
    while (i < end) {
      if (inString) {
        write(b[i++]);
        continue;
      }
      // outside strings only separators and quotes change anything: the bytes between them (the
      // digits of a large batch's numbers, brackets) are copied as one run, not byte by byte
      int run = i;
      while (i < end && b[i] != ',' && b[i] != ':' && b[i] != '"') {
        i++;
      }
      out.writeBytes(b, run, i - run);
      if (i < end) {
        write(b[i++]);
      }
    }
  }

  private void escape(int cp) {
    if (cp >= 0x10000) {
      int v = cp - 0x10000;
      hex4(0xd800 | (v >> 10));
      hex4(0xdc00 | (v & 0x3ff));
    } else {
      hex4(cp);
    }
  }

  private void hex4(int v) {
    out.writeByte('\\').writeByte('u');
    out.writeByte(HEX[(v >> 12) & 0xf]).writeByte(HEX[(v >> 8) & 0xf]).writeByte(HEX[(v >> 4) & 0xf])
        .writeByte(HEX[v & 0xf]);
  }
}
