package io.mlmodel.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.yaml.KeyPath;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDocumentTest {
  private static final Path FILE = Path.of("input_example.json");

  private static JsonDocument parse(String json) {
    return parse(json, ReadOptions.defaults());
  }

  private static JsonDocument parse(String json, ReadOptions options) {
    return JsonDocument.parse(json.getBytes(StandardCharsets.UTF_8), FILE, options);
  }

  @Test
  void valuesAreTypedAsPythonJsonTypesThem() {
    Object root = parse("{\"i\": 1, \"big\": 123456789012345678901234567890, \"f\": 1.5, \"n\": NaN,"
        + " \"inf\": -Infinity, \"s\": \"\\u00e9\", \"b\": true, \"z\": null, \"l\": [1, [2]]}").root();
    Map<?, ?> map = (Map<?, ?>) root;
    assertThat(map.get("i")).isEqualTo(1L);
    assertThat(map.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(map.get("f")).isEqualTo(1.5);
    assertThat((Double) map.get("n")).isNaN();
    assertThat(map.get("inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(map.get("s")).isEqualTo("é");
    assertThat(map.get("b")).isEqualTo(true);
    assertThat(map.containsKey("z")).isTrue();
    assertThat(map.get("z")).isNull();
    assertThat(map.get("l")).isEqualTo(List.of(1L, List.of(2L)));
    assertThat(List.copyOf(map.keySet()).toString()).isEqualTo("[i, big, f, n, inf, s, b, z, l]");
    // ("i", "big", "f", "n", "inf", "s", "b", "z", "l");
  }

  @Test
  void listsMayHoldNulls() {
    assertThat((List<?>) parse("[1, null]").root()).isEqualTo(Arrays.asList(1L, null));
  }

  @Test
  void syntaxErrorsAreLocated() {
    assertThatThrownBy(() -> parse("{\"a\": 1,\n  \"b\" 2}"))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("json-syntax");
          assertThat(e.location().line()).isEqualTo(2);
          assertThat(e.location().column()).isEqualTo(7);
        });
    assertThatThrownBy(() -> parse("")).hasMessage("input_example.json:1:1: invalid JSON: the file is empty");
    assertThatThrownBy(() -> parse("[1] [2]")).hasMessage("input_example.json:1:5: invalid JSON: more data after the first value");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThatThrownBy(() -> parse("{\"a\": 1, \"a\": 2}"))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.code()).isEqualTo("duplicate-key"));
  }

  @Test
  void limitsApply() {
    assertThatThrownBy(() -> parse("[[[[1]]]]", ReadOptions.builder().maxDepth(3).build()))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageEndingWith("the document is nested deeper than 3 levels (ReadOptions.maxDepth)");
    assertThatThrownBy(() -> parse("[1, 2, 3, 4]", ReadOptions.builder().maxNodes(4).build()))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageEndingWith("the document has more than 4 values (ReadOptions.maxNodes)");
    assertThatThrownBy(() -> parse("[1, 2, 3, 4]", ReadOptions.builder().maxBytes(5).build()))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void deepNestingDoesNotOverflowTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> parse(deep)).isInstanceOf(LimitExceededException.class);
    ReadOptions unlimited = ReadOptions.builder().maxDepth(Integer.MAX_VALUE).build();
    assertThatThrownBy(() -> parse(deep, unlimited)).isInstanceOf(LimitExceededException.class);
  }

  @Test
  void locateFindsKeysAndIndexes() {
    JsonDocument doc = parse("{\"columns\": [\"a\"],\n \"data\": [[1],\n   [2, 3]]}");
    assertThat(doc.locate(KeyPath.of("data").index(1))).isEqualTo(new Location(FILE, 3, 4, "data[1]"));
    assertThat(doc.locate(KeyPath.of("columns").index(0))).isEqualTo(new Location(FILE, 1, 14, "columns[0]"));
    assertThat(doc.locateKey(KeyPath.of("data"))).isEqualTo(new Location(FILE, 2, 2, "data"));
    assertThat(doc.locate(KeyPath.of("nothing"))).isEqualTo(new Location(FILE, 1, 1, "nothing"));
    assertThat(doc.locate(KeyPath.of("data").index(9))).isEqualTo(new Location(FILE, 2, 10, "data[9]"));
  }

  @Test
  void byteOrderMarkIsSkippedAndBadUtf8IsLocated() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'};
    assertThat(JsonDocument.parse(bom, FILE, ReadOptions.defaults()).root()).isEqualTo(List.of(1L));
    byte[] bad = {'[', '"', (byte) 0xFF, '"', ']'};
    assertThatThrownBy(() -> JsonDocument.parse(bad, FILE, ReadOptions.defaults()))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("encoding");
          assertThat(e.location()).isEqualTo(new Location(FILE, 1, 3, ""));
        });
  }
}
