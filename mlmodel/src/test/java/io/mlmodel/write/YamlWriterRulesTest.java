package io.mlmodel.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each scalar and layout rule of docs mlmodel-format.md §3.2, with the literal text PyYAML writes. */
class YamlWriterRulesTest {

  private static String value(Object v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("k", v);
    return YamlWriter.dump(m);
  }

  @Test
  void noneIsNull() {
    assertThat(value(null)).isEqualTo("k: null\n");
  }

  @Test
  void booleansAreTrueAndFalse() {
    assertThat(value(true)).isEqualTo("k: true\n");
    assertThat(value(false)).isEqualTo("k: false\n");
  }

  @Test
  void integersArePlainDecimal() {
    assertThat(value(5281L)).isEqualTo("k: 5281\n");
    assertThat(value(-7)).isEqualTo("k: -7\n");
    assertThat(value(new BigInteger("123456789012345678901234567890"))).isEqualTo("k: 123456789012345678901234567890\n");
  }

  @Test
  void floatsArePythonReprWithADotBeforeTheExponent() {
    assertThat(value(0.93)).isEqualTo("k: 0.93\n");
    assertThat(value(1.0)).isEqualTo("k: 1.0\n");
    assertThat(value(1e20)).isEqualTo("k: 1.0e+20\n");
    assertThat(value(1e16)).isEqualTo("k: 1.0e+16\n");
    assertThat(value(1e15)).isEqualTo("k: 1000000000000000.0\n");
    assertThat(value(1e-5)).isEqualTo("k: 1.0e-05\n");
    assertThat(value(0.0001)).isEqualTo("k: 0.0001\n");
    assertThat(value(0.1)).isEqualTo("k: 0.1\n");
    assertThat(value(-0.0)).isEqualTo("k: -0.0\n");
    assertThat(value(1.2345678901234568e17)).isEqualTo("k: 1.2345678901234568e+17\n");
    assertThat(value(5e-324)).isEqualTo("k: 5.0e-324\n");
    assertThat(value(2e23)).isEqualTo("k: 2.0e+23\n");
  }

  @Test
  void nonFiniteFloatsAreDotNanAndDotInf() {
    assertThat(value(Double.NaN)).isEqualTo("k: .nan\n");
    assertThat(value(Double.POSITIVE_INFINITY)).isEqualTo("k: .inf\n");
    assertThat(value(Double.NEGATIVE_INFINITY)).isEqualTo("k: -.inf\n");
  }

  @Test
  void emptyCollectionsAreFlowBrackets() {
    assertThat(value(List.of())).isEqualTo("k: []\n");
    assertThat(value(Map.of())).isEqualTo("k: {}\n");
  }

  @Test
  void stringsThatYaml11WouldReadAsAnotherTypeAreSingleQuoted() {
    for (String s : List.of("14.3", "1.30", "yes", "on", "null", "~", "True", "0123", "2025-01-01",
        "2025-11-20 09:15:42.123456", "NO", "0x1F", "1_000", "190:20:30", ".inf", "<<", "=")) {
      assertThat(value(s)).as(s).isEqualTo("k: '" + s + "'\n");
    }
    assertThat(value("")).isEqualTo("k: ''\n");
  }

  @Test
  void stringsStartingWithAnIndicatorOrHoldingColonSpaceOrSpaceHashAreSingleQuoted() {
    for (String s : List.of("[1]", "{a}", "- a", "-", "#x", "&a", "*a", "!x", "|", ">", "%",
        "@", "`", "a: b", "a #b", " lead", "trail ", "---", ",", "?", ":")) {
      assertThat(value(s)).as(s).isEqualTo("k: '" + s + "'\n");
    }
    assertThat(value("\"q\"")).isEqualTo("k: '\"q\"'\n");
  }

  @Test
  void aSingleQuoteInsideSingleQuotesIsDoubled() {
    assertThat(value("'it's'")).isEqualTo("k: '''it''s'''\n");
    assertThat(value("it's: here")).isEqualTo("k: 'it''s: here'\n");
  }

  @Test
  void stringsThatNeedNoQuotesArePlain() {
    for (String s : List.of("3.6.0", "3.11.9", "1e3", "00:10", "m-4f1c2d3e", "file:///x/y", "a#b",
        "a:b", "y", "n", "-a", "it's")) {
      assertThat(value(s)).as(s).isEqualTo("k: " + s + "\n");
    }
  }

  @Test
  void nonAsciiAndControlCharactersAreDoubleQuotedWithUppercaseEscapes() {
    assertThat(value("caf\u00e9")).isEqualTo("k: \"caf\\xE9\"\n");
    assertThat(value("\u2603")).isEqualTo("k: \"\\u2603\"\n");
    assertThat(value("\ud83d\ude00")).isEqualTo("k: \"\\U0001F600\"\n");
    assertThat(value("a\tb")).isEqualTo("k: \"a\\tb\"\n");
    assertThat(value("\u0000\u0007\u001b\u007f")).isEqualTo("k: \"\\0\\a\\e\\x7F\"\n");
    assertThat(value("\u0085\u00a0\u2028\u2029")).isEqualTo("k: \"\\N\\_\\L\\P\"\n");
    assertThat(value("caf\u00e9 \"x\" \\")).isEqualTo("k: \"caf\\xE9 \\\"x\\\" \\\\\"\n");
  }

  @Test
  void longDoubleQuotedStringsFoldWithABackslashAndAnEscapedLeadingSpace() {
    String s = "\u00e9 " + "word ".repeat(20);
    assertThat(value(s.trim())).isEqualTo("k: \"\\xE9 word word word word word word word word word word word word word word word\\\n"
        + "  \\ word word word word word\"\n");
  }

  @Test
  void aNewlineMakesASingleQuotedStringWithABlankLine() {
    assertThat(value("multi\nline")).isEqualTo("k: 'multi\n\n  line'\n");
    assertThat(value("a\n\nb")).isEqualTo("k: 'a\n\n\n  b'\n");
    assertThat(value("trailing\n")).isEqualTo("k: 'trailing\n\n  '\n");
  }

  @Test
  void sequencesInsideMappingsAreNotIndentedAndMappingsAreIndentedByTwo() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("env_vars", List.of("OPENAI_API_KEY"));
    tree.put("flavors", Map.of("sklearn", Map.of("code", Arrays.asList((Object) null))));
    tree.put("list", List.of(Map.of("a", 1L, "b", List.of(2L))));
    assertThat(YamlWriter.dump(tree)).isEqualTo("""
        env_vars:
        - OPENAI_API_KEY
        flavors:
          sklearn:
            code:
            - null
        list:
        - a: 1
          b:
          - 2
        """);
  }

  @Test
  void keysAreSortedAtEveryDepthByCodePoint() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("b", 1L);
    inner.put("B", 2L);
    inner.put("\ud83d\ude00", 3L);
    inner.put("\uffff", 4L);
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("z", inner);
    tree.put("a", List.of("z", "a"));
    assertThat(YamlWriter.dump(tree)).isEqualTo("a:\n- z\n- a\nz:\n  B: 2\n  b: 1\n  \"\\uFFFF\": 4\n  \"\\U0001F600\": 3\n");
  }

  @Test
  void keysPythonCannotCompareKeepTheirOrder() {
    Map<Object, Object> tree = new LinkedHashMap<>();
    tree.put("b", 1L);
    tree.put(2L, 2L);
    tree.put("a", 3L);
    assertThat(YamlWriter.dump(tree)).isEqualTo("b: 1\n2: 2\na: 3\n");
    Map<Object, Object> numbers = new LinkedHashMap<>();
    numbers.put(2L, "x");
    numbers.put(true, "y");
    numbers.put(1.5, "z");
    assertThat(YamlWriter.dump(numbers)).isEqualTo("true: y\n1.5: z\n2: x\n");
  }

  @Test
  void unsortedDumpKeepsInsertionOrder() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("python", "3.11.9");
    tree.put("build_dependencies", List.of("pip==24.2"));
    assertThat(YamlWriter.dump(tree, false)).isEqualTo("python: 3.11.9\nbuild_dependencies:\n- pip==24.2\n");
  }

  @Test
  void foldingHappensAtTheFirstSingleSpacePastColumn80() {
    String json = "[{\"type\": \"double\", \"name\": \"sepal length (cm)\", \"required\": true}, {\"type\": \"double\"}]";
    Map<String, Object> tree = Map.of("signature", Map.of("inputs", json));
    assertThat(YamlWriter.dump(tree)).isEqualTo("signature:\n"
        + "  inputs: '[{\"type\": \"double\", \"name\": \"sepal length (cm)\", \"required\": true}, {\"type\":\n"
        + "    \"double\"}]'\n");
    String unbroken = "file:///" + "x".repeat(100);
    assertThat(value(unbroken)).isEqualTo("k: " + unbroken + "\n");
    String doubleSpaces = "word  ".repeat(30).trim();
    assertThat(value(doubleSpaces)).isEqualTo("k: " + doubleSpaces + "\n");
  }

  @Test
  void datesAndTimesAreWrittenAsPythonIsoformatPlain() {
    assertThat(value(LocalDate.of(2024, 1, 1))).isEqualTo("k: 2024-01-01\n");
    assertThat(value(LocalDateTime.of(2022, 8, 5, 7, 15, 28, 409523000))).isEqualTo("k: 2022-08-05 07:15:28.409523\n");
    assertThat(value(LocalDateTime.of(2022, 8, 5, 7, 15, 28))).isEqualTo("k: 2022-08-05 07:15:28\n");
    assertThat(value(OffsetDateTime.of(2022, 8, 5, 7, 15, 28, 0, ZoneOffset.UTC))).isEqualTo("k: 2022-08-05 07:15:28+00:00\n");
    assertThat(value(OffsetDateTime.of(2022, 8, 5, 7, 15, 28, 1000, ZoneOffset.ofHoursMinutes(-5, -30))))
        .isEqualTo("k: 2022-08-05 07:15:28.000001-05:30\n");
  }

  @Test
  void bytesAreBinaryLiteralBlocksOf76Characters() {
    byte[] b = new byte[60];
    Arrays.fill(b, (byte) 0xFF);
    assertThat(value(b)).isEqualTo("k: !!binary |\n  " + "/".repeat(76) + "\n  ////\n");
    assertThat(value(new byte[0])).isEqualTo("k: !!binary \"\"\n");
  }

  @Test
  void setsAreTaggedMappingsOfNulls() {
    assertThat(value(new LinkedHashSet<>(List.of("b", "a")))).isEqualTo("k: !!set\n  a: null\n  b: null\n");
  }

  @Test
  void aCollectionMetTwiceIsAnchoredOnceAndAliasedAfter() {
    List<String> shared = new ArrayList<>(List.of("x"));
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("b", shared);
    tree.put("a", shared);
    assertThat(YamlWriter.dump(tree)).isEqualTo("a: &id001\n- x\nb: *id001\n");
  }

  @Test
  void emptyCollectionsAreNeverAnchoredBecauseJavaSharesEmptyInstances() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("a", List.of());
    tree.put("b", List.of());
    assertThat(YamlWriter.dump(tree)).isEqualTo("a: []\nb: []\n");
  }

  @Test
  void longKeysAndMultiLineKeysUseTheExplicitKeyForm() {
    String k = "k".repeat(123);
    assertThat(YamlWriter.dump(Map.of("k".repeat(122), 1L))).isEqualTo("k".repeat(122) + ": 1\n");
    assertThat(YamlWriter.dump(Map.of(k, 1L))).isEqualTo("? " + k + "\n: 1\n");
    assertThat(YamlWriter.dump(Map.of("a\nb", 1L))).isEqualTo("? 'a\n\n  b'\n: 1\n");
    assertThat(YamlWriter.dump(Map.of("", 1L))).isEqualTo("? ''\n: 1\n");
  }

  @Test
  void aPlainScalarAtTheRootEndsTheStreamWithDots() {
    assertThat(YamlWriter.dump("a")).isEqualTo("a\n...\n");
    assertThat(YamlWriter.dump(null)).isEqualTo("null\n...\n");
    assertThat(YamlWriter.dump("")).isEqualTo("''\n");
    assertThat(YamlWriter.dump(List.of())).isEqualTo("[]\n");
  }

  @Test
  void unsupportedValuesAreRefusedWithTheirKeyPath() {
    Map<String, Object> tree = Map.of("flavors", Map.of("onnx", List.of(1L, new Object())));
    assertThatThrownBy(() -> YamlWriter.dump(tree))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("flavors.onnx[1]: cannot write a java.lang.Object as YAML");
    assertThatThrownBy(() -> YamlWriter.dump(Map.of(List.of("x"), 1L)))
        .hasMessage("a mapping key must be a scalar, not a java.util.ImmutableCollections$List12");
    assertThatThrownBy(() -> value("a\ud800b"))
        .hasMessage("k: the string has an unpaired surrogate U+D800 at index 1; it is not Unicode text");
    assertThatThrownBy(() -> value(LocalDateTime.of(2022, 1, 1, 0, 0, 0, 1)))
        .hasMessage("k: the time 2022-01-01T00:00:00.000000001 has nanoseconds; Python datetimes hold microseconds only");
  }

  @Test
  void aTreeThatContainsItselfIsRefused() {
    List<Object> loop = new ArrayList<>();
    loop.add(loop);
    assertThatThrownBy(() -> YamlWriter.dump(Map.of("a", loop)))
        .hasMessage("a[0]: the tree contains itself; recursive data cannot be written");
  }

  @Test
  void aTreeNestedTooDeeplyIsRefusedNotOverflowed() {
    Object deep = "x";
    for (int i = 0; i < 10_000; i++) {
      deep = List.of(deep);
    }
    Object tree = deep;
    assertThatThrownBy(() -> YamlWriter.dump(tree))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("the tree is nested more than 500 levels deep");
  }
}
