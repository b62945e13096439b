package io.mlmodel.xgboost;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.file.Path;

/**
 * A UBJSON reader for {@link FileScan} that only measures: it skips values, checks that every
 * count and length fits in the bytes left and that nesting stays within {@link
 * FileScan#MAX_DEPTH}, and allocates nothing. {@code pos} is the next byte to read. One use, one thread.
 */
final class UbjsonScan {
  private final byte[] b;
  private final Path file;
  private final Location at;
  private int pos;

  UbjsonScan(byte[] b, Path file, Location at) {
    this.b = b;
    this.file = file;
    this.at = at;
  }

  /** Skips one value whose marker has been read. */
  void value(byte marker, int depth) {
    switch (marker) {
      case 'Z', 'N', 'T', 'F' -> { }
      case 'i', 'U', 'C', 'I', 'l', 'L', 'd', 'D' -> skip(size(marker));
      case 'S', 'H' -> skip(count());
      case '[', '{' -> container(marker == '{', depth + 1);
      default -> throw bad("a byte that is no UBJSON value (" + (marker & 0xff) + ")");
    }
  }

  private void container(boolean object, int depth) {
    if (depth > FileScan.MAX_DEPTH) {
      throw bad("nested deeper than " + FileScan.MAX_DEPTH + " levels, which no XGBoost model is (XGBoost's reader would"
          + " overflow its stack)");
    }
    byte type = 0;
    long n = -1;
    if (peek() == '$') {
      pos++;
      type = next();
      if (peek() != '#') {
        throw bad("a typed container without a count");
      }
    }
    if (peek() == '#') {
      pos++;
      n = count();
      long least = type == 0 ? 1 : size(type);
      if (n > (b.length - pos) / Math.max(1, least) || least == 0 && n > b.length - pos) {
        throw bad("a container declaring " + n + " values, more than the " + (b.length - pos) + " bytes left hold");
      }
    }
    for (long i = 0; n < 0 ? peek() != (object ? '}' : ']') : i < n; i++) {
      if (object) {
        skip(count());
      }
      value(type != 0 ? type : next(), depth);
    }
    if (n < 0) {
      pos++;
    }
  }

  /** A length or count: an integer value with its marker. */
  private long count() {
    byte m = next();
    if (size(m) > b.length - pos) {
      throw bad("the file ends inside a value (it is cut short)");
    }
    long v = switch (m) {
      case 'i' -> (long) b[pos];
      case 'U' -> b[pos] & 0xffL;
      case 'I', 'l', 'L' -> {
        long x = 0;
        for (int k = 0; k < size(m); k++) {
          x = x << 8 | (b[pos + k] & 0xff);
        }
        yield m == 'I' ? (short) x : m == 'l' ? (int) x : x;
      }
      default -> throw bad("a length that is not an integer");
    };
    skip(size(m));
    if (v < 0) {
      throw bad("a negative length or count (" + v + ")");
    }
    return v;
  }

  private static int size(byte m) {
    return switch (m) {
      case 'i', 'U', 'C' -> 1;
      case 'I' -> 2;
      case 'l', 'd' -> 4;
      case 'L', 'D' -> 8;
      default -> 0;
    };
  }

  private void skip(long n) {
    if (n > b.length - pos) {
      throw bad("a value of " + n + " bytes where " + (b.length - pos) + " are left (the file is cut short)");
    }
    pos += (int) n;
  }

  private byte peek() {
    if (pos >= b.length) {
      throw bad("the file ends inside a value (it is cut short)");
    }
    return b[pos];
  }

  byte next() {
    byte m = peek();
    pos++;
    return m;
  }

  private ModelException bad(String problem) {
    return new ModelException("xgboost-load", at, file.getFileName() + " at byte " + pos + ": " + problem);
  }
}
