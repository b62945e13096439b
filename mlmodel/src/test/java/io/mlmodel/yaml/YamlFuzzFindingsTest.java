package io.mlmodel.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One named test per bug that fuzzing found in the YAML layer (docs/hardening.md). The raw input
 * that Jazzer saved also stays in YamlReaderFuzzTestInputs, where the fuzz test replays it.
 */
class YamlFuzzFindingsTest {
  private static final Path FILE = Path.of("m", "MLmodel");

  private static YamlDocument parse(String text) {
    return YamlReader.parse(text.getBytes(StandardCharsets.UTF_8), FILE, ReadOptions.defaults());
  }

  /** Jazzer, 2026-11-26: NumberFormatException from snakeyaml-engine's scanner; column 11 is where the four hex digits should start. */
  @Test
  void unicodeEscapeCutShortByTheEndOfTheFileIsASyntaxError() {
    assertThatThrownBy(() -> parse("? coe\n\"h   ed \\u"))
        .isInstanceOf(ModelException.class)
        .hasMessage("m/MLmodel:2:11: invalid YAML: a \\x, \\u or \\U escape in a double-quoted"
            + " scalar is cut short or out of range");
  }

  /** Found while triaging the finding above: an 8-digit escape beyond Integer.MAX_VALUE. */
  @Test
  void eightDigitEscapeBeyondIntIsASyntaxError() {
    assertThatThrownBy(() -> parse("k: \"\\UFFFFFFFF\"\n"))
        .isInstanceOf(ModelException.class)
        .extracting(e -> ((ModelException) e).code())
        .isEqualTo("yaml-syntax");
  }

  /**
   * Jazzer, 2026-11-26 (EnvFuzzTest#registeredModelMeta, input {@code !!0%0}): a %-escape in a tag
   * that decodes to a space or control character at either end made snakeyaml-engine's Tag
   * constructor throw IllegalArgumentException out of the composer.
   */
  @Test
  void tagEscapeDecodingToAControlCharacterIsRefused() {
    assertThatThrownBy(() -> parse("!!0%0"))
        .isInstanceOf(ModelException.class)
        .hasMessage("m/MLmodel:1:1: the tag tag:yaml.org,2002:0%00 is not allowed; MLflow reads"
            + " MLmodel with PyYAML safe_load, which knows only the standard YAML tags");
  }

  /** The same for a trailing space written as %20, on a nested value and on a collection. */
  @Test
  void tagEndingInAnEscapedSpaceIsRefusedWhereItStands() {
    assertThatThrownBy(() -> parse("a:\n  b: !x%20 v\n"))
        .isInstanceOf(ModelException.class)
        .hasMessage("m/MLmodel:2:6: the tag !x%20 is not allowed; MLflow reads"
            + " MLmodel with PyYAML safe_load, which knows only the standard YAML tags");
    assertThatThrownBy(() -> parse("- !%20x [1]\n"))
        .isInstanceOf(ModelException.class)
        .extracting(e -> ((ModelException) e).code())
        .isEqualTo("unsafe-tag");
  }

  /**
   * Jazzer, 2026-11-26 (YamlReaderFuzzTest#parse, input {@code ?\r: !o}): an error in the value
   * of a null key threw NullPointerException while the key path was collected (ArrayDeque takes
   * no null).
   */
  @Test
  void errorUnderANullKeyIsLocatedWithANullSegment() {
    assertThatThrownBy(() -> parse("?\r: !o"))
        .isInstanceOf(ModelException.class)
        .hasMessage("m/MLmodel:2:3: [null]: the tag !o is not allowed; MLflow reads MLmodel with"
            + " PyYAML safe_load, which knows only the standard YAML tags");
    assertThatThrownBy(() -> parse("a:\n  ~: [!o x]\n"))
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith("m/MLmodel:2:7: a[null][0]: the tag !o is not allowed");
  }

  /**
   * Jazzer, 2026-11-26 (MLModelReadFuzzTest#read, a timeout): a mapping that merges itself made
   * snakeyaml-engine's merge flattening loop forever inside the composer. An alias to a collection
   * that is still open is now refused where it stands.
   */
  @Test
  void mappingThatMergesItselfIsRefusedNotAHang() {
    assertThatThrownBy(() -> parse("b: &b\n  <<: *b\n  env: {}\n"))
        .isInstanceOf(ModelException.class)
        .hasMessage("m/MLmodel:2:7: an alias refers to a collection that contains it;"
            + " recursive data is not allowed");
    assertThatThrownBy(() -> parse("b: &b {c: 1, <<: [*b]}\n"))
        .isInstanceOf(ModelException.class)
        .hasMessageEndingWith("recursive data is not allowed");
  }

  /** An anchor name taken over by a later value is not recursion: the alias means the latest one. */
  @Test
  void aliasToARedefinedAnchorInsideItsOldCollectionIsNotRecursion() {
    assertThat(parse("a: &x [&x 1, *x]\n").root()).isEqualTo(Map.of("a", List.of(1L, 1L)));
    assertThat(parse("a: &x [&x [2], *x]\n").root()).isEqualTo(Map.of("a", List.of(List.of(2L), List.of(2L))));
  }
}
