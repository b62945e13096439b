package io.mlmodel.enforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python's {@code repr(float)}, as Python 3.11 prints it, in messages and MLflow-mode string conversions. */
class PyReprTest {

  /** Regression: 1e-05 was written 0.00001 (fixed notation one exponent too far) and 1e+23 as 9.999999999999999e+22. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1e-5|1e-05", "1.5e-5|1.5e-05", "1e23|1e+23", "0.0001|0.0001", "5e-324|5e-324",
      "1e16|1e+16", "123.0|123.0", "-0.0|-0.0", "NaN|nan", "Infinity|inf", "-Infinity|-inf"})
  void floatReprIsPythons(double d, String python) {
    assertThat(PyRepr.floatRepr(d)).isEqualTo(python);
  }
}
