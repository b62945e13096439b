package io.mlmodel.enforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.testsupport.TestData;
import java.io.IOException;
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
 * doubles, NaN and the infinities.
 */
class PyFloatTest {

  @Test
  void everyDoubleOfTheTableIsWrittenAsPythonWritesIt() throws IOException {
    List<String> lines = Files.readAllLines(TestData.path("json/python-float-repr.tsv"));
    assertThat(lines).hasSizeGreaterThan(10_000);
    char[] out = new char[PyFloat.MAX_CHARS + 5];
    char[] scratch = new char[2 * PyFloat.MAX_CHARS];
    List<String> wrong = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      double d = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
      // written at an offset, into buffers used before, as ValueWriter uses them
      out[0] = 'x';
      String ours = new String(out, 5, PyFloat.write(d, out, 5, scratch) - 5);
      if (!ours.equals(f[1])) {
        wrong.add(f[0] + ": python " + f[1] + ", ours " + ours);
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Java 17's Double.toString gets these wrong or writes them in another layout. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1.0E23|1e+23", "4.9E-324|5e-324", "2.0E-3|0.002", "1.0E-5|1e-05",
      "1.0E16|1e+16", "1.2345678E7|12345678.0", "5.0E-4|0.0005", "-0.0|-0.0", "0.1|0.1", "100|100.0",
      "9.999999999999998E15|9999999999999998.0", "1.7976931348623157E308|1.7976931348623157e+308"})
  void javaLayoutsBecomePythons(double d, String python) {
    assertThat(PyFloat.toString(d)).isEqualTo(python);
  }
}
