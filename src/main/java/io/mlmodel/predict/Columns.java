package io.mlmodel.predict;

import java.util.StringJoiner;

/** Small helpers shared by the column classes. */
final class Columns {
  private static final int PREVIEW = 5;

  private Columns() {}

  static boolean any(boolean[] flags) {
    for (boolean f : flags) {
      if (f) {
        return true;
      }
    }
    return false;
  }

  /** {@code [1.0, 2.0, ...]}, at most a few values, for toString. */
  static String preview(Column c) {
    StringJoiner j = new StringJoiner(", ", "[", "]");
    int n = Math.min(PREVIEW, c.size());
    for (int i = 0; i < n; i++) {
      j.add(String.valueOf(c.getObject(i)));
    }
    if (c.size() > n) {
      j.add("... (" + c.size() + " values)");
    }
    return j.toString();
  }
}
