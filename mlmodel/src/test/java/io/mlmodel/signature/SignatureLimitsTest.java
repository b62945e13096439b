package io.mlmodel.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ReadOptions;
import org.junit.jupiter.api.Test;

/** Hostile signature JSON fails cleanly with a {@code limit} error, never a StackOverflowError. */
class SignatureLimitsTest {
  static final Location AT = Location.UNKNOWN.withKeyPath("signature.inputs");

  static String nestedArrays(int depth) {
    StringBuilder sb = new StringBuilder("[{\"type\": \"array\", \"name\": \"a\", \"items\": ");
    for (int i = 1; i < depth; i++) {
      sb.append("{\"type\": \"array\", \"items\": ");
    }
    sb.append("{\"type\": \"long\"}");
    sb.append("}".repeat(depth - 1));
    return sb.append("}]").toString();
  }

  @Test
  void tenThousandNestedArrayTypesHitTheDepthLimit() {
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> SignatureParser.parseSchema(nestedArrays(10_000), AT));
    assertThat(e.code()).isEqualTo("limit");
    assertThat(e).hasMessage("<input>: signature.inputs: the JSON is nested more than 100 levels deep (ReadOptions.maxDepth)");
  }

  @Test
  void raisedDepthLimitStillNeverOverflowsTheStack() {
    ReadOptions deep = ReadOptions.builder().maxDepth(1_000_000).maxNodes(1_000_000).build();
    Throwable t = catchThrowable(() -> SignatureParser.parseSchema(nestedArrays(100_000), AT, deep));
    // either it fits this thread's stack or it is a clean limit error
    if (t != null) {
      assertThat(t).isInstanceOf(LimitExceededException.class)
          .hasMessage("<input>: signature.inputs: the JSON is nested too deeply for this thread's stack");
    }
  }

  @Test
  void moderatelyNestedTypesAreFine() {
    Schema s = SignatureParser.parseSchema(nestedArrays(40), AT);
    assertThat(s.toJson()).isEqualTo(nestedArrays(40)
        .replace("\"name\": \"a\", \"items\": {\"type\": \"array\", \"items\"", "\"items\": {\"type\": \"array\", \"items\"")
        .replaceFirst("}]$", ", \"name\": \"a\", \"required\": true}]"));
  }

  @Test
  void lengthAndValueCountAreBounded() {
    String json = "[" + "{\"type\": \"double\", \"name\": \"c\"}, ".repeat(50) + "{\"type\": \"double\", \"name\": \"c\"}]";
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> SignatureParser.parseSchema(json, AT, ReadOptions.builder().maxCodePoints(100).build()));
    assertThat(e).hasMessage("<input>: signature.inputs: the JSON is longer than 100 code points (ReadOptions.maxCodePoints)");
    // 51 objects of 2 values each, plus the array
    assertThat(SignatureParser.parseSchema(json, AT, ReadOptions.builder().maxNodes(154).build()).size()).isEqualTo(51);
    e = catchThrowableOfType(LimitExceededException.class,
        () -> SignatureParser.parseSchema(json, AT, ReadOptions.builder().maxNodes(153).build()));
    assertThat(e).hasMessage("<input>: signature.inputs: the JSON has more than 153 values (ReadOptions.maxNodes)");
  }

  @Test
  void aTooLongNumberIsLocatedInTheJsonLikeASyntaxError() {
    // the number starts at line 2, column 36, after '{"type": "long", "name": "c", "n": '
    String json = "[\n{\"type\": \"long\", \"name\": \"c\", \"n\": " + "1".repeat(4301) + "}]";
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> SignatureParser.parseSchema(json, AT));
    assertThat(e).hasMessage("<input>: signature.inputs: at line 2, column 36 of the JSON: a number has more than"
        + " 4300 digits (the limit Python also applies to int(), sys.get_int_max_str_digits)");
    e = catchThrowableOfType(LimitExceededException.class, () -> SignatureParser.parseSchema("-" + "1".repeat(4301), AT));
    assertThat(e).hasMessageStartingWith("<input>: signature.inputs: at line 1, column 1 of the JSON: a number has");
  }
}
