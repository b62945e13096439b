package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.InputException;
import org.junit.jupiter.api.Test;

/** V2 requests decoded with MLServer's codecs. */
class V2CodecTest {
  private static final String A = "{\"name\": \"a\", \"shape\": [2], \"datatype\": \"FP64\", \"data\": [1.5, 2]}";
  private static final String B = "{\"name\": \"b\", \"shape\": [1], \"datatype\": \"INT64\", \"data\": [2]}";

  private static String problem(String contentType, String... inputs) {
    try {
      V2Codec.decode(Documents.JSON.readTree("{\"parameters\": {\"content_type\": \"" + contentType + "\"}, \"inputs\": ["
          + String.join(", ", inputs) + "]}"), null);
    } catch (InputException e) {
      return e.location().keyPath() + ": " + e.problem();
    }
    throw new AssertionError("no InputException");
  }

  @Test
  void anInputNameGivenTwiceIsRefusedNotMerged() {
    // regression: pd threw "duplicate column name" (a 500); dict kept the last tensor of the name without a word
    assertThat(problem("pd", A, A)).isEqualTo("inputs.a: input 'a' is given twice");
    assertThat(problem("dict", A, B, A)).isEqualTo("inputs.a: input 'a' is given twice");
  }

  @Test
  void columnsOfDifferentLengthsAreABadRequest() {
    // regression: ColumnTable's IllegalArgumentException went through as a 500
    assertThat(problem("pd", A, B)).isEqualTo("inputs: column 'b' has 1 values but the table has 2 rows");
  }
}
