package io.mlmodel.data.internal;

import io.mlmodel.data.Column;
import java.util.StringJoiner;

/** Small helpers shared by the column classes. */
public final class Columns {
  private static final int PREVIEW = 5;

  private Columns() {}

  public static boolean any(boolean[] flags) {
    for (boolean f : flags) {
      if (f) {
        return true;
      }
    }
    return false;
  }

  /** {@code [1.0, 2.0, ...]}, at most a few values, for toString. */
  public static String preview(Column c) {
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
