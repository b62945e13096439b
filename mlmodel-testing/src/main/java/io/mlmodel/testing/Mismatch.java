package io.mlmodel.testing;

/**
 * One cell where a golden check's output differs from the expected output.
 *
 * @param path where, as a JSON path into the response: {@code predictions.y[0][0]}, {@code
 *     predictions[3].species}
 * @param expected the expected value as JSON text, or {@code (missing)}
 * @param actual the value the model gave as JSON text, or {@code (missing)}
 * @param reason why they differ: {@code off by 0.25, more than the tolerance 1.0E-6}, {@code type
 *     differs}, {@code missing}, {@code unexpected}
 */
public record Mismatch(String path, String expected, String actual, String reason) {
  @Override
  public String toString() {
    return path + ": expected " + expected + " but was " + actual + " (" + reason + ")";
  }
}
