package io.mlmodel.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.LimitExceededException;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PyYAML's YAML 1.1 typing and the reader's hardening, one rule per test. */
class YamlReaderTest {
  private static final Path FILE = Path.of("m", "MLmodel");

  private static Object value(String scalar) {
    Map<?, ?> root = (Map<?, ?>) parse("k: " + scalar + "\n").root();
    return root.get("k");
  }

  private static YamlDocument parse(String text) {
    return YamlReader.parse(text.getBytes(StandardCharsets.UTF_8), FILE, ReadOptions.defaults());
  }

  private static ModelException failure(String text) {
    try {
      parse(text);
    } catch (ModelException e) {
      return e;
    }
    throw new AssertionError("no failure for " + text);
  }

  @ParameterizedTest
  @CsvSource({"yes,true", "Yes,true", "YES,true", "no,false", "NO,false", "on,true", "On,true",
      "OFF,false", "true,true", "False,false"})
  void yamlOneOneBooleansInThreeCasings(String scalar, boolean expected) {
    assertThat(value(scalar)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"y", "n", "Y", "N", "yEs", "oN", "tRUE"})
  void otherSpellingsStayStrings(String scalar) {
    assertThat(value(scalar)).isEqualTo(scalar);
  }

  @ParameterizedTest
  @CsvSource({"0123,83", "0b101,5", "0x1F,31", "190:20:30,685230", "1_000,1000", "-0x10,-16", "+7,7", "0,0"})
  void yamlOneOneIntegers(String scalar, long expected) {
    assertThat(value(scalar)).isEqualTo(expected);
  }

  @Test
  void integersBeyondLongAreBigIntegers() {
    assertThat(value("123456789012345678901234567890")).isEqualTo(new BigInteger("123456789012345678901234567890"));
  }

  @ParameterizedTest
  @CsvSource({"1.5,1.5", "1.,1.0", ".5,0.5", "1.5e+3,1500.0", "1:30.5,90.5", "-1_0.5,-10.5"})
  void floatsNeedADot(String scalar, double expected) {
    assertThat(value(scalar)).isEqualTo(expected);
  }

  @Test
  void exponentWithoutDotIsAString() {
    assertThat(value("1e3")).isEqualTo("1e3");
    assertThat(value("1.5e3")).isEqualTo("1.5e3");
  }

  @Test
  void infinityAndNan() {
    assertThat(value(".inf")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(value("-.Inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat((Double) value(".NaN")).isNaN();
  }

  @Test
  void nullsAreTildeNullAndEmpty() {
    assertThat(value("~")).isNull();
    assertThat(value("null")).isNull();
    assertThat(value("NULL")).isNull();
    assertThat(value("")).isNull();
    assertThat(value("nULL")).isEqualTo("nULL");
  }

  @Test
  void timestampsAndDates() {
    assertThat(value("2024-01-01")).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(value("2024-01-01 10:00:00.5")).isEqualTo(LocalDateTime.of(2024, 1, 1, 10, 0, 0, 500_000_000));
    assertThat(value("2024-1-2T03:04:05.1234567Z"))
        .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC));
    assertThat(value("2024-01-01 10:00:00 -05:30"))
        .isEqualTo(OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHoursMinutes(-5, -30)));
    assertThat(value("'2024-01-01'")).isEqualTo("2024-01-01");
  }

  @Test
  void quotedAndExplicitlyTaggedScalars() {
    assertThat(value("'yes'")).isEqualTo("yes");
    assertThat(value("!!str 12")).isEqualTo("12");
    assertThat(value("!!int '12'")).isEqualTo(12L);
    assertThat(value("!!binary aGVsbG8=")).isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void mergeKeysFollowPyYaml() {
    Map<?, ?> root = (Map<?, ?>) parse("base: &b {a: 1, b: 2}\nm:\n  <<: *b\n  b: 3\n").root();
    assertThat(root.get("m")).isEqualTo(Map.of("a", 1L, "b", 3L));
  }

  @Test
  void sequencesAndNonStringKeysKeepOrderAndType() {
    Map<?, ?> root = (Map<?, ?>) parse("l: [1, two, 3.0]\n2: int key\ntrue: bool key\n").root();
    assertThat(root.get("l")).isEqualTo(List.of(1L, "two", 3.0));
    assertThat(List.copyOf((java.util.Set<Object>) root.keySet())).containsExactly("l", 2L, true);
  }

  @Test
  void oneAndTrueAreTheSameKeyAsInPython() {
    assertThat(failure("1: a\ntrue: b\n").code()).isEqualTo("duplicate-key");
  }

  @Test
  void byteOrderMarkAndCrlfAreAccepted() {
    byte[] bom = "\uFEFFa: 1\r\nb: x".getBytes(StandardCharsets.UTF_8);
    Map<?, ?> root = (Map<?, ?>) YamlReader.parse(bom, FILE, ReadOptions.defaults()).root();
    assertThat(root).isEqualTo(Map.of("a", 1L, "b", "x"));
  }

  @Test
  void locateGivesLineAndColumnOfAnyKeyPath() {
    YamlDocument doc = parse("flavors:\n  onnx:\n    providers:\n    - CPU\n    - CUDA\n");
    assertThat(doc.locate(KeyPath.of("flavors", "onnx", "providers").index(1)).toString())
        .isEqualTo(FILE + ":5:7: flavors.onnx.providers[1]");
    assertThat(doc.locateKey(KeyPath.of("flavors", "onnx")).toString()).isEqualTo(FILE + ":2:3: flavors.onnx");
  }

  @Test
  void duplicateKeysAreRefusedWhereTheSecondOneIs() {
    ModelException e = failure("flavors:\n  onnx: {}\n  onnx: {}\n");
    assertThat(e.code()).isEqualTo("duplicate-key");
    assertThat(e.getMessage()).isEqualTo(FILE + ":3:3: flavors: the key 'onnx' appears twice in this mapping;"
        + " MLflow would silently keep only the last value");
  }

  @Test
  void pythonTagsAreRefused() {
    ModelException e = failure("a:\n  b: !!python/object/apply:os.system ['echo hi']\n");
    assertThat(e.code()).isEqualTo("unsafe-tag");
    assertThat(e.getMessage()).isEqualTo(FILE + ":2:6: a.b: the tag tag:yaml.org,2002:python/object/apply:os.system"
        + " is not allowed; MLflow reads MLmodel with PyYAML safe_load, which knows only the standard YAML tags");
  }

  @Test
  void syntaxErrorsAreLocated() {
    ModelException e = failure("flavors:\n  onnx: [a, b\n");
    assertThat(e.code()).isEqualTo("yaml-syntax");
    assertThat(e.location().line()).isEqualTo(3);
    assertThat(e.getMessage()).startsWith(FILE + ":3:1: invalid YAML: while parsing a flow sequence");
  }

  @Test
  void invalidUtf8IsAnEncodingError() {
    byte[] bytes = {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
    ModelException e = (ModelException) catchThrowable(() -> YamlReader.parse(bytes, FILE, ReadOptions.defaults()));
    assertThat(e.code()).isEqualTo("encoding");
    assertThat(e.getMessage()).isEqualTo(FILE + ":1:4: the file is not valid UTF-8 (byte 0xC3 at offset 3);"
        + " MLflow writes MLmodel files as UTF-8");
  }

  @Test
  void nulBytesAreAnEncodingError() {
    ModelException e = failure("a: b\nc: d\0\n");
    assertThat(e.code()).isEqualTo("encoding");
    assertThat(e.getMessage()).isEqualTo(FILE + ":2:5: the file contains a NUL character; it is not a text file");
  }

  @Test
  void deepNestingIsALimitNotAStackOverflow() {
    String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    assertThatThrownBy(() -> parse(deep))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage(FILE + ":1:103: the document is nested more than 100 levels deep (ReadOptions.maxDepth)");
  }

  @Test
  void billionLaughsIsALimit() {
    StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      sb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
          .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
    }
    assertThatThrownBy(() -> parse(sb.toString()))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageEndingWith("the document uses more than 50 aliases of collections (ReadOptions.maxAliases)");
  }

  @Test
  void aliasExpansionCountsTowardsTheNodeLimit() {
    ReadOptions small = ReadOptions.builder().maxNodes(100).build();
    String text = "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: &b [*a, *a, *a, *a, *a]\nc: [*b, *b]\n";
    assertThatThrownBy(() -> YamlReader.parse(text.getBytes(StandardCharsets.UTF_8), FILE, small))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageEndingWith("the document holds more than 100 values once its aliases are expanded (ReadOptions.maxNodes)");
  }

  @Test
  void sizeAndCodePointLimits() {
    ReadOptions small = ReadOptions.builder().maxBytes(10).build();
    assertThatThrownBy(() -> YamlReader.parse("a: 0123456789".getBytes(StandardCharsets.UTF_8), FILE, small))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage(FILE + ": the input is 13 bytes, more than the limit of 10 (ReadOptions.maxBytes)");
    ReadOptions fewCodePoints = ReadOptions.builder().maxCodePoints(20).build();
    assertThatThrownBy(() -> YamlReader.parse(("a: " + "x".repeat(40)).getBytes(StandardCharsets.UTF_8), FILE, fewCodePoints))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage(FILE + ": the document is longer than 20 code points (ReadOptions.maxCodePoints)");
  }

  @Test
  void recursiveAliasesAreRefused() {
    ModelException e = failure("a: &a [1, *a]\n");
    assertThat(e.code()).isEqualTo("yaml-syntax");
  }

  @Test
  void multipleDocumentsAreRefused() {
    ModelException e = failure("a: 1\n---\nb: 2\n");
    assertThat(e.code()).isEqualTo("yaml-syntax");
    assertThat(e.getMessage()).contains("expected a single document");
  }

  @Test
  void anEmptyDocumentIsNull() {
    assertThat(parse("").root()).isNull();
    assertThat(parse("# only a comment\n").root()).isNull();
  }

  private static Throwable catchThrowable(Runnable r) {
    try {
      r.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("nothing thrown");
  }
}
