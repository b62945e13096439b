package io.mlmodel.request.internal;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.internal.Problems;

/**
 * The limits on what a request decodes to ({@link EnforcementOptions#maxCells()}, {@link
 * EnforcementOptions#maxColumns()}) and their messages, which name the setting and the place where
 * the limit was crossed. The body limit alone does not bound memory: a cell of CSV can be two
 * bytes, and a column costs hundreds of bytes of heap. Internal.
 */
public final class RequestLimits {
  private RequestLimits() {}

  /** Fails when a table of {@code rows} rows and {@code columns} columns has more cells than allowed. */
  static void checkCells(long rows, long columns, EnforcementOptions o, Location at) {
    if (rows * columns > o.maxCells()) {
      throw cells(rows, columns, o, at);
    }
  }

  static InputException cells(long rows, long columns, EnforcementOptions o, Location at) {
    return new InputException(Problems.LIMIT, at, null, "the request has more than " + o.maxCells()
        + " cells (rows × columns): " + rows + " rows of " + columns + " columns " + where(at)
        + " (EnforcementOptions.maxCells)");
  }

  /** Fails when a request has more columns (or named inputs) than allowed. */
  static void checkColumns(long columns, EnforcementOptions o, Location at) {
    if (columns > o.maxColumns()) {
      throw new InputException(Problems.LIMIT, at, null, "the request has more than " + o.maxColumns()
          + " columns " + where(at) + " (EnforcementOptions.maxColumns)");
    }
  }

  /** The JSON value that went over the budget of cells. */
  static InputException values(EnforcementOptions o, Location at) {
    return new InputException(Problems.LIMIT, at, null, "the request has more than " + o.maxCells()
        + " cells (JSON values: each number, string, boolean, null, array and object counts) " + where(at)
        + " (EnforcementOptions.maxCells)");
  }

  private static String where(Location at) {
    if (at.line() <= 0) {
      return "in the body";
    }
    return "at line " + at.line() + (at.column() > 0 ? ", column " + at.column() : "");
  }
}
