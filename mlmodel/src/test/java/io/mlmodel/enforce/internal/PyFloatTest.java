package io.mlmodel.enforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.testsupport.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Doubles against the text Python writes for them: testdata/json/python-float-repr.tsv, made by
 * Python's own {@code json.dumps} (testdata/json/generate.py): random bit patterns, short decimals,
 * every power of ten and its neighbours, the 1e-4 and 1e16 switches, subnormals, float32-derived
 * doubles, binary fractions with short decimals, NaN and the infinities.
 */
class PyFloatTest {

  @Test
  void everyDoubleOfTheTableIsWrittenAsPythonWritesIt() throws IOException {
    List<String> lines = Files.readAllLines(TestData.path("json/python-float-repr.tsv"));
    assertThat(lines).hasSizeGreaterThan(12_000);
    byte[] bytes = new byte[PyFloat.MAX_CHARS + 5];
    char[] chars = new char[PyFloat.MAX_CHARS + 5];
    byte[] scratch = new byte[PyFloat.MAX_CHARS];
    List<String> wrong = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      double d = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
      // written at an offset, into buffers used before, as the answer writers use them
      bytes[4] = 'x';
      String ours = new String(bytes, 5, PyFloat.write(d, bytes, 5) - 5, StandardCharsets.US_ASCII);
      chars[4] = 'x';
      String asChars = new String(chars, 5, PyFloat.write(d, chars, 5, scratch) - 5);
      if (!ours.equals(f[1]) || !asChars.equals(f[1]) || bytes[4] != 'x' || chars[4] != 'x') {
        wrong.add(f[0] + ": python " + f[1] + ", ours " + ours + " / " + asChars);
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Written from their exact digits (at most 15), and the first values past that, which are not. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1.125|1.125", "-7.1875|-7.1875", "0.5|0.5", "24.125|24.125",
      "0.0001220703125|0.0001220703125", "6.103515625E-5|6.103515625e-05", "9.5367431640625E-7|9.5367431640625e-07",
      "4.76837158203125E-7|4.76837158203125e-07", "999999999999999|999999999999999.0",
      "1.0E15|1000000000000000.0", "1125899906842624|1125899906842624.0", "0.1|0.1", "3.0517578125E-5|3.0517578125e-05"})
  void binaryFractionsAreTheirExactDecimals(double d, String python) {
    assertThat(PyFloat.toString(d)).isEqualTo(python);
  }

  /** Java 17's Double.toString gets these wrong or writes them in another layout. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1.0E23|1e+23", "4.9E-324|5e-324", "2.0E-3|0.002", "1.0E-5|1e-05",
      "1.0E16|1e+16", "1.2345678E7|12345678.0", "5.0E-4|0.0005", "-0.0|-0.0", "0.1|0.1", "100|100.0",
      "9.999999999999998E15|9999999999999998.0", "1.7976931348623157E308|1.7976931348623157e+308"})
  void javaLayoutsBecomePythons(double d, String python) {
    assertThat(PyFloat.toString(d)).isEqualTo(python);
  }

  @Test
  void lengthCountsTheDigitsOnEitherSideOfEveryPowerOfTenAndTwo() {
    for (long p = 1, i = 0; i < 19; i++, p *= 10) {
      for (long v : new long[] {p - 1, p, p + 1, 2 * p - 1}) {
        if (v > 0) {
          assertThat(PyFloat.length(v)).as("%d", v).isEqualTo(Long.toString(v).length());
        }
      }
    }
    for (int b = 0; b < 63; b++) {
      long v = 1L << b;
      assertThat(PyFloat.length(v)).as("%d", v).isEqualTo(Long.toString(v).length());
      assertThat(PyFloat.length(2 * v - 1)).as("%d", 2 * v - 1).isEqualTo(Long.toString(2 * v - 1).length());
    }
  }
}
