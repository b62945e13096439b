package io.mlmodel.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The writer prints what Python's json.dumps prints (expected strings from CPython 3.10). */
class PyJsonTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.1, 0.1",
    "0.7, 0.7",
    "1.0, 1.0",
    "-2.5, -2.5",
    "100.0, 100.0",
    "1e15, 1000000000000000.0",
    "1e16, 1e+16",
    "1.5e16, 1.5e+16",
    "0.0001, 0.0001",
    "0.00001, 1e-05",
    "1.2345e-7, 1.2345e-07",
    "123456789.125, 123456789.125",
    "5e-324, 5e-324",
    "1.7976931348623157e308, 1.7976931348623157e+308",
    "0.30000000000000004, 0.30000000000000004",
    "2.82879384806159e17, 2.82879384806159e+17",
    "1e23, 1e+23",
    "9007199254740993, 9007199254740992.0",
  })
  void floatsPrintAsPythonRepr(double value, String python) {
    assertThat(PyJson.repr(value)).isEqualTo(python);
  }

  @Test
  void float32DefaultsWidenAsMlflowDoes() {
    // float(np.float32(0.1)) in Python
    assertThat(PyJson.repr(0.1f)).isEqualTo("0.10000000149011612");
  }

  @Test
  void specialFloatsUseJavascriptTokensAsPythonAllowNan() {
    assertThat(PyJson.write(Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0)))
        .isEqualTo("[NaN, Infinity, -Infinity, -0.0]");
  }

  @Test
  void stringsAreAsciiEscapedLikeEnsureAscii() {
    assertThat(PyJson.write("a\"b\\c\n\r\t\b\f\u0001\u007f é€😀 /"))
        .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u007f \\u00e9\\u20ac\\ud83d\\ude00 /\"");
  }

  @Test
  void separatorsAreCommaSpaceAndColonSpace() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", 1L);
    m.put("a", Arrays.asList(true, null, "x", new BigInteger("123456789012345678901234567890")));
    m.put("e", Map.of());
    m.put("l", List.of());
    assertThat(PyJson.write(m))
        .isEqualTo("{\"b\": 1, \"a\": [true, null, \"x\", 123456789012345678901234567890], \"e\": {}, \"l\": []}");
  }

  @Test
  void datesUseIsoformat() {
    assertThat(PyJson.write(List.of(LocalDate.of(2023, 6, 26), LocalDateTime.of(2023, 6, 26, 0, 0),
        LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_000_000), LocalDate.of(99, 1, 1))))
        .isEqualTo("[\"2023-06-26\", \"2023-06-26T00:00:00\", \"2024-01-02T03:04:05.123000\", \"0099-01-01\"]");
  }
}
