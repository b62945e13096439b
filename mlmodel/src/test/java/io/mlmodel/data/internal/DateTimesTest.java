package io.mlmodel.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.signature.NumpyDtype;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTimesTest {
  /**
   * Regression: counts of ps, fs and as were truncated toward zero, so a negative count that is
   * not a whole number of nanoseconds came out 1 ns later than numpy. Expected values are numpy's
   * {@code np.datetime64(count, unit).astype('M8[ns]')} (numpy of the MLflow 2.17.2 oracle).
   */
  @ParameterizedTest
  @CsvSource({
      "-1, DATETIME64_PS, 1969-12-31T23:59:59.999999999",
      "-1500, DATETIME64_PS, 1969-12-31T23:59:59.999999998",
      "-1, DATETIME64_FS, 1969-12-31T23:59:59.999999999",
      "-1, DATETIME64_AS, 1969-12-31T23:59:59.999999999",
      "-2000000000, DATETIME64_AS, 1969-12-31T23:59:59.999999998",
      "1500, DATETIME64_PS, 1970-01-01T00:00:00.000000001"})
  void subNanosecondCountsRoundDownAsNumpyDoesBeforeTheEpochToo(long count, NumpyDtype dtype, String numpy) {
    assertThat(DateTimes.fromEpoch(count, dtype)).isEqualTo(LocalDateTime.parse(numpy));
  }
}
