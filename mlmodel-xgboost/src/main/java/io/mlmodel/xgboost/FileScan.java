package io.mlmodel.xgboost;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.file.Path;

/**
 * Reads a JSON or UBJSON model file's structure before XGBoost does: XGBoost 3.0's readers recurse
 * once per nesting level, so a file of a few hundred kilobytes of nested brackets overflowed the
 * native stack and crashed the JVM, and its UBJSON reader allocates a typed array's declared
 * count before reading it, so a 10 KB file declaring 2^31 doubles made it take 16 GB. Refused
 * here, each with an {@code xgboost-load} error: nesting deeper than {@link #MAX_DEPTH} (XGBoost
 * writes about ten levels), and a UBJSON count or length larger than the bytes left in the file.
 * One pass, no allocation. Stateless.
 */
final class FileScan {
  /** Far deeper than XGBoost's own models (learner, booster, model, trees, a tree, its params). */
  static final int MAX_DEPTH = 64;

  private FileScan() {}

  /** Refuses a JSON file nested too deep; strings are skipped, escapes included. */
  static void json(byte[] b, Path file, Location at) {
    int depth = 0;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < b.length; i++) {
      byte c = b[i];
      if (c == '"') {
        for (i++; i < b.length && b[i] != '"'; i++) {
          i += b[i] == '\\' ? 1 : 0;
        }
      } else if (c == '{' || c == '[') {
        if (++depth > MAX_DEPTH) {
          throw new ModelException("xgboost-load", at, file.getFileName() + ":" + line + ":" + (i - lineStart + 1)
              + ": nested deeper than " + MAX_DEPTH + " levels, which no XGBoost model is (XGBoost's reader would"
              + " overflow its stack)");
        }
      } else if (c == '}' || c == ']') {
        depth--;
      } else if (c == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
  }

  /** Refuses a UBJSON file nested too deep, declaring more than it holds, or cut short. */
  static void ubjson(byte[] b, Path file, Location at) {
    UbjsonScan u = new UbjsonScan(b, file, at);
    u.value(u.next(), 0);
  }
}
