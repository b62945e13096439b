package io.mlmodel.data.internal;

import io.mlmodel.data.Column;
import java.util.StringJoiner;

/** Small helpers shared by the column classes. */
public final class Columns {
  private static final int PREVIEW = 5;

  private Columns() {}

  /**
   * Whether any of {@code flags} is set: the missing-value masks' {@code hasMissing()}.
   *
   * @param flags the mask, one flag per row
   * @return true when at least one flag is true
   */
  public static boolean any(boolean[] flags) {
    for (boolean f : flags) {
      if (f) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code [1.0, 2.0, ...]}, at most a few values, for toString.
   *
   * @param c the column
   * @return the first few values in brackets, with the total count when there are more
   */
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
