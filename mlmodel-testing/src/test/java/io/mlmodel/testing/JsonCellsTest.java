package io.mlmodel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonCellsTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  static List<Mismatch> compare(String expected, String actual, double abs, double rel) {
    JsonNode e = JSON.readTree(expected);
    JsonNode a = JSON.readTree(actual);
    return JsonCells.compare(e, a, abs, rel);
  }

  @Test
  void numbersWithinTheToleranceMatch() {
    assertThat(compare("{\"predictions\": [[5.6]]}", "{\"predictions\": [[5.6000000238]]}", 1e-6, 0)).isEmpty();
    assertThat(compare("[1, 2]", "[1.0, 2.0]", 0, 0)).isEmpty();
    assertThat(compare("[100.0]", "[100.5]", 0, 0.01)).isEmpty();
  }

  @Test
  void reportsEveryMismatchingCellWithItsPath() {
    List<Mismatch> m = compare(
        "{\"predictions\": [{\"label\": \"a\", \"p\": 0.5}, {\"label\": \"b\", \"p\": 0.25}, {\"label\": \"c\", \"p\": 1}]}",
        "{\"predictions\": [{\"label\": \"a\", \"p\": 0.75}, {\"label\": \"x\", \"p\": 0.25}], \"extra\": true}",
        1e-6, 0);
    assertThat(m).extracting(Mismatch::toString).containsExactly(
        "predictions[0].p: expected 0.5 but was 0.75 (off by 0.25, more than the tolerance 1.0E-6)",
        "predictions[1].label: expected \"b\" but was \"x\" (differs)",
        "predictions[2]: expected {\"label\":\"c\",\"p\":1} but was (missing) (missing)",
        "extra: expected (missing) but was true (unexpected)");
  }

  /**
   * Regression: integers past 2^53 (int64 ids, counts, hashes) were compared as doubles, so two
   * different ones could round to the same double and match.
   */
  @Test
  void integersAreComparedExactly() {
    assertThat(compare("[9007199254740993]", "[9007199254740992]", 1e-6, 0)).extracting(Mismatch::toString)
        .containsExactly("[0]: expected 9007199254740993 but was 9007199254740992 (off by 1, more than the tolerance 1.0E-6)");
    assertThat(compare("{\"id\": [9223372036854775807]}", "{\"id\": [9223372036854775806]}", 0.5, 0))
        .extracting(Mismatch::path).containsExactly("id[0]");
    assertThat(compare("[9007199254740993]", "[9007199254740993]", 0, 0)).isEmpty();
    assertThat(compare("[1000000000000000000]", "[1000000000000000001]", 0, 1e-9)).as("within the relative tolerance")
        .isEmpty();
    assertThat(compare("[1]", "[3]", Double.POSITIVE_INFINITY, 0)).as("any difference allowed").isEmpty();
  }

  /**
   * Regression: where the tolerance is not a number (an infinite relative tolerance times an
   * expected 0), the exact comparison of two different integers threw a NumberFormatException
   * (BigDecimal of NaN); such a tolerance accepts no difference, as it does for other numbers.
   */
  @Test
  void aToleranceThatIsNotANumberAcceptsNoDifferentInteger() {
    assertThat(compare("[0]", "[5]", 0, Double.POSITIVE_INFINITY)).extracting(Mismatch::toString)
        .containsExactly("[0]: expected 0 but was 5 (off by 5, more than the tolerance NaN)");
    assertThat(compare("[0.0]", "[5.0]", 0, Double.POSITIVE_INFINITY)).extracting(Mismatch::toString)
        .containsExactly("[0]: expected 0.0 but was 5.0 (off by 5.0, more than the tolerance NaN)");
    assertThat(compare("[0]", "[0]", 0, Double.POSITIVE_INFINITY)).isEmpty();
  }

  @Test
  void typeChangesAreMismatchesEvenWhenTheTextLooksAlike() {
    assertThat(compare("[\"1\"]", "[1]", 1, 1)).extracting(Mismatch::reason).containsExactly("type differs");
    assertThat(compare("[1]", "[[1]]", 1, 1)).extracting(Mismatch::path).containsExactly("[0]");
  }
}
