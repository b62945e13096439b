package io.mlmodel.signature;

import io.mlmodel.io.ControlChars;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a schema as an aligned text table. A cell longer than {@link #MAX_WIDTH} characters is
 * written whole but does not widen its column: padding every row to a name of megabytes (MLflow
 * accepts any length) would make the table that many megabytes a row (issue 16). A control
 * character in a cell (a column name, or an object type's property name) is written as a
 * backslash, {@code u} and four hex digits, so that each column stays on its row: a name's line
 * break split the row, and what followed it read as rows of its own.
 */
final class SchemaTable {
  static final int MAX_WIDTH = 64;

  private SchemaTable() {}

  static String render(Schema schema) {
    List<String[]> rows = new ArrayList<>();
    if (schema.isTensorBased()) {
      rows.add(new String[] {"#", "name", "dtype", "shape"});
      int i = 0;
      for (TensorSpec t : schema.tensors()) {
        rows.add(new String[] {Integer.toString(i++), t.name() == null ? "-" : t.name(),
            t.dtype().numpyName(), TensorSpec.shapeText(t.shape())});
      }
    } else {
      rows.add(new String[] {"#", "name", "type", "required"});
      int i = 0;
      for (ColSpec c : schema.columns()) {
        rows.add(new String[] {Integer.toString(i++), c.name() == null ? "-" : c.name(),
            c.type().toString(), c.required() ? "yes" : "no"});
      }
    }
    for (String[] r : rows) {
      for (int c = 1; c < 4; c++) {
        r[c] = ControlChars.escape(r[c], false);
      }
    }
    int[] width = new int[4];
    for (String[] r : rows) {
      for (int c = 0; c < 4; c++) {
        width[c] = Math.max(width[c], Math.min(r[c].length(), MAX_WIDTH));
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(schema.isTensorBased() ? "tensors" : "columns").append(" (")
        .append(schema.size()).append(schema.hasInputNames() ? ", named" : ", unnamed").append(")\n");
    for (String[] r : rows) {
      for (int c = 0; c < 4; c++) {
        sb.append(c == 0 ? String.format("%" + width[0] + "s", r[0]) : r[c]);
        if (c < 3) {
          sb.append(" ".repeat(Math.max(0, width[c] - (c == 0 ? width[0] : r[c].length())) + 2));
        }
      }
      sb.setLength(sb.length() - trailingSpaces(sb));
      sb.append('\n');
    }
    return sb.toString();
  }

  private static int trailingSpaces(StringBuilder sb) {
    int n = 0;
    while (n < sb.length() && sb.charAt(sb.length() - 1 - n) == ' ') {
      n++;
    }
    return n;
  }
}
