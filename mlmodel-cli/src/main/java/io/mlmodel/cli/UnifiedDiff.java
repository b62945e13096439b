package io.mlmodel.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts (as {@code diff -u} prints it, three lines of context), for {@code
 * format --check}: what would change. Lines are compared exactly, carriage returns included. The
 * longest common subsequence is found by dynamic programming, which is quadratic: past {@link
 * #MAX_CELLS} the diff is one hunk that replaces everything, still correct, only less precise.
 */
final class UnifiedDiff {
  static final long MAX_CELLS = 4_000_000;
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff from {@code before} to {@code after}; empty when they are equal. */
  static String of(String before, String after, String oldName, String newName) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<int[]> ops = script(a, b);
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i)[0] == 0) {
        i++;
        continue;
      }
      int last = i;
      for (int k = i + 1; k < ops.size() && k - last <= 2 * CONTEXT; k++) {
        if (ops.get(k)[0] != 0) {
          last = k;
        }
      }
      int start = Math.max(0, i - CONTEXT);
      int end = Math.min(ops.size(), last + 1 + CONTEXT);
      if (sb.length() == 0) {
        sb.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
      }
      hunk(sb, ops.subList(start, end), a, b);
      i = end;
    }
    return sb.toString();
  }

  private static void hunk(StringBuilder sb, List<int[]> ops, List<String> a, List<String> b) {
    int oldStart = -1;
    int newStart = -1;
    int oldCount = 0;
    int newCount = 0;
    StringBuilder body = new StringBuilder();
    for (int[] op : ops) {
      if (op[0] <= 0) {
        oldStart = oldStart < 0 ? op[1] : oldStart;
        oldCount++;
      }
      if (op[0] >= 0) {
        newStart = newStart < 0 ? op[2] : newStart;
        newCount++;
      }
      String text = op[0] > 0 ? b.get(op[2]) : a.get(op[1]);
      body.append(op[0] == 0 ? ' ' : op[0] < 0 ? '-' : '+').append(text.replace("\n", "")).append('\n');
      if (!text.endsWith("\n")) {
        body.append("\\ No newline at end of file\n");
      }
    }
    sb.append("@@ -").append(range(oldStart, oldCount, ops, true)).append(" +")
        .append(range(newStart, newCount, ops, false)).append(" @@\n").append(body);
  }

  private static String range(int start, int count, List<int[]> ops, boolean old) {
    if (count == 0) {
      int before = 0;
      for (int[] op : ops) {
        before = Math.max(before, old ? op[1] : op[2]);
      }
      return before + ",0";
    }
    return (start + 1) + (count == 1 ? "" : "," + count);
  }

  /** The edit script: {kind, old index, new index}; kind -1 delete, 0 keep, +1 insert. */
  private static List<int[]> script(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    List<int[]> ops = new ArrayList<>();
    if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
      for (int i = 0; i < n; i++) {
        ops.add(new int[] {-1, i, 0});
      }
      for (int j = 0; j < m; j++) {
        ops.add(new int[] {1, n, j});
      }
      return ops;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        ops.add(new int[] {0, i++, j++});
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add(new int[] {-1, i++, j});
      } else {
        ops.add(new int[] {1, i, j++});
      }
    }
    return ops;
  }

  /** The lines of {@code text}, each with its {@code \n} (the last one may lack it). */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl + 1;
      out.add(text.substring(from, to));
      from = to;
    }
    return out;
  }
}
