package io.mlmodel.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * What a {@link GoldenCheck} found.
 *
 * @param folder the model folder
 * @param request the request file, or {@code the saved input example}
 * @param expected the expected-response file
 * @param actual the model's response as JSON (its {@code predictions} value when the expected file
 *     holds only that)
 * @param cells how many values the expected response holds
 * @param mismatches every mismatching cell, in document order; empty when the check passed
 * @param absolute the absolute tolerance used
 * @param relative the relative tolerance used
 */
public record GoldenResult(Path folder, String request, Path expected, String actual, int cells,
    List<Mismatch> mismatches, double absolute, double relative) {

  /**
   * Copies the mismatch list, so that the result stays immutable.
   *
   * @param folder the model folder
   * @param request the request file, or {@code the saved input example}
   * @param expected the expected-response file
   * @param actual the model's response as JSON
   * @param cells how many values the expected response holds
   * @param mismatches every mismatching cell, in document order
   * @param absolute the absolute tolerance used
   * @param relative the relative tolerance used
   */
  public GoldenResult {
    mismatches = List.copyOf(mismatches);
  }

  /**
   * Whether every cell matched.
   *
   * @return true when {@link #mismatches()} is empty
   */
  public boolean passed() {
    return mismatches.isEmpty();
  }

  /**
   * The report {@link GoldenCheck#verify()} fails with: a header line, then one line per mismatch.
   *
   * @return the report, several lines
   */
  public String report() {
    String head = "golden check of " + folder + " with " + request + " against " + expected + ": "
        + (passed() ? "all " + cells + " cells match" : mismatches.size() + " mismatches in " + cells + " cells")
        + " (tolerance " + absolute + (relative > 0 ? " + " + relative + " x |expected|" : "") + ")";
    return passed() ? head : head + "\n" + mismatches.stream().map(m -> "  " + m).collect(Collectors.joining("\n"));
  }

  static int cells(JsonNode node) {
    if (node.isContainer()) {
      int n = 0;
      for (JsonNode child : node.values()) {
        n += cells(child);
      }
      return n;
    }
    return 1;
  }
}
