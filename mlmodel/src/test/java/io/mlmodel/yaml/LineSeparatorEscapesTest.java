package io.mlmodel.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.model.MLModel;
import io.mlmodel.write.MLModelWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue 16): our writer, like PyYAML, writes U+2028 and U+2029 as {@code \L} and
 * {@code \P} in double-quoted scalars, and the reader could not read them back, so format made
 * a readable model unreadable. The reader now reads them as PyYAML does, only where they are
 * escapes (in double-quoted scalars).
 */
class LineSeparatorEscapesTest {
  private static Map<?, ?> parse(String text) {
    return (Map<?, ?>) YamlReader.parse(text.getBytes(StandardCharsets.UTF_8), Path.of("MLmodel"),
        ReadOptions.defaults()).root();
  }

  @Test
  void pyyamlsEscapesReadAsTheSeparators() {
    Map<?, ?> root = parse("a: \"x\\Ly\\Pz\"\nb: \"\\\\L\"\nc: [\"\\L\", {d: \"\\P\\L\"}]\n");
    assertThat(root.get("a")).isEqualTo("x\u2028y\u2029z");
    assertThat(root.get("b")).as("an escaped backslash then L").isEqualTo("\\L");
    assertThat(root.get("c")).isEqualTo(java.util.List.of("\u2028", Map.of("d", "\u2029\u2028")));
  }

  @Test
  void outsideDoubleQuotesABackslashLIsTwoCharacters() {
    Map<?, ?> root = parse("a: C:\\Logs\nb: 'C:\\Logs'\nc: \"\\L\"\nd: |\n  \\P\n");
    assertThat(root.get("a")).isEqualTo("C:\\Logs");
    assertThat(root.get("b")).isEqualTo("C:\\Logs");
    assertThat(root.get("c")).isEqualTo("\u2028");
    assertThat(root.get("d")).isEqualTo("\\P\n");
  }

  @Test
  void whatFormatWritesReadsBack() {
    String yaml = "flavors: {}\ndescription: \"line\\u2028separator\\u2029paragraph\"\n";
    MLModel model = MLModels.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), Path.of("m"));
    String written = MLModelWriter.toYaml(model);
    assertThat(written).contains("\\L").contains("\\P");
    MLModel again = MLModels.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.US_ASCII)), Path.of("m"));
    assertThat(again.toMap().get("description")).isEqualTo("line\u2028separator\u2029paragraph");
    assertThat(MLModelWriter.toYaml(again)).isEqualTo(written);
  }

  @Test
  void theRetriesAreBounded() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i <= LineSeparatorEscapes.MAX_SCALARS; i++) {
      sb.append("k").append(i).append(": \"\\L\"\n");
    }
    assertThatThrownBy(() -> parse(sb.toString()))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("more than 100 double-quoted scalars use the \\L or \\P escapes")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("limit");
    sb.setLength(0);
    for (int i = 0; i < LineSeparatorEscapes.MAX_SCALARS; i++) {
      sb.append("k").append(i).append(": \"\\L\"\n");
    }
    assertThat(parse(sb.toString())).hasSize(100);
  }

  @Test
  void anotherUnknownEscapeIsStillASyntaxError() {
    assertThatThrownBy(() -> parse("a: \"\\q\"\n"))
        .extracting(e -> ((ModelException) e).code()).isEqualTo("yaml-syntax");
  }
}
