package io.mlmodel.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.mlmodel.LimitExceededException;
import io.mlmodel.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regressions from the limit tests (docs/hardening.md), and proof that each default is a default:
 * an input just over it is read once the setting is raised.
 */
class YamlReaderHardeningTest {
  private static final Path FILE = Path.of("m", "MLmodel");

  private static YamlDocument parse(String text, ReadOptions options) {
    return YamlReader.parse(text.getBytes(StandardCharsets.UTF_8), FILE, options);
  }

  /** A 4 MB scalar took 15 to 35 s: snakeyaml-engine re-copied its window per 1,024 chars. */
  @Test
  void aLongScalarIsScannedInLinearTime() {
    String text = "k: " + "v".repeat(4_000_000) + "\n";
    Map<?, ?> root = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> (Map<?, ?>) parse(text, ReadOptions.defaults()).root());
    assertThat((String) root.get("k")).hasSize(4_000_000);
  }

  /** The value count used to be checked only after snakeyaml had built the whole node tree. */
  @Test
  void theValueLimitStopsTheParserAtTheFirstValueOverIt() {
    ReadOptions ten = ReadOptions.builder().maxNodes(10).build();
    assertThatThrownBy(() -> parse("k: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n", ten))
        .isInstanceOf(LimitExceededException.class)
        // the mapping, its key and the list are three values, so the eleventh is the 8 at column 26
        .hasMessage("m/MLmodel:1:26: the document holds more than 10 values (ReadOptions.maxNodes)");
  }

  @Test
  void depthIsADefaultThatCanBeRaised() {
    String deep = "k: " + "[".repeat(150) + "]".repeat(150) + "\n";
    assertThatThrownBy(() -> parse(deep, ReadOptions.defaults()))
        .hasMessageContaining("nested more than 100 levels deep (ReadOptions.maxDepth)");
    assertThat(parse(deep, ReadOptions.builder().maxDepth(200).build()).root()).isNotNull();
  }

  @Test
  void sizeIsADefaultThatCanBeRaised() {
    String big = "k: " + "v".repeat(5 << 20) + "\n";
    assertThatThrownBy(() -> parse(big, ReadOptions.defaults()))
        .hasMessageContaining("more than the limit of 4194304 (ReadOptions.maxBytes)");
    ReadOptions raised = ReadOptions.builder().maxBytes(8 << 20).maxCodePoints(8 << 20).build();
    assertThat(parse(big, raised).root()).isNotNull();
  }

  @Test
  void valueCountIsADefaultThatCanBeRaised() {
    String many = "k: [" + "0,".repeat(150_000) + "0]\n";
    assertThatThrownBy(() -> parse(many, ReadOptions.defaults()))
        .hasMessageContaining("holds more than 100000 values (ReadOptions.maxNodes)");
    assertThat(parse(many, ReadOptions.builder().maxNodes(200_000).build()).root()).isNotNull();
  }
}
