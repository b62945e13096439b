package io.mlmodel.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The conversion between naive date-times and numpy's datetime64[ns] nanoseconds. */
class DateTimeColumnTest {

  // Expected values printed by numpy 1.26 (the oracle's): np.datetime64(-2**63 + 1, 'ns') and
  // np.datetime64('1677-09-21T00:12:43.999999999', 'ns').astype(np.int64).
  @Test
  void theFirstSecondOfNumpysRangeConvertsInsteadOfOverflowing() {
    assertThat(DateTimeColumn.toNanos(LocalDateTime.of(1677, 9, 21, 0, 12, 43, 145_224_193)))
        .isEqualTo(-9_223_372_036_854_775_807L);
    assertThat(DateTimeColumn.toNanos(LocalDateTime.of(1677, 9, 21, 0, 12, 43, 999_999_999)))
        .isEqualTo(-9_223_372_036_000_000_001L);
    assertThat(DateTimeColumn.toNanos(LocalDateTime.of(1677, 9, 21, 0, 12, 44)))
        .isEqualTo(-9_223_372_036_000_000_000L);
    assertThat(DateTimeColumn.toNanos(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 1)))
        .isEqualTo(-999_999_999L);
  }

  @Test
  void dateTimesOutsideNumpysRangeStillThrow() {
    assertThatThrownBy(() -> DateTimeColumn.toNanos(LocalDateTime.of(1677, 9, 21, 0, 12, 43, 145_224_192)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> DateTimeColumn.toNanos(LocalDateTime.of(1677, 9, 21, 0, 12, 42, 999_999_999)))
        .isInstanceOf(ArithmeticException.class);
    assertThat(DateTimeColumn.toNanos(LocalDateTime.of(2262, 4, 11, 23, 47, 16, 854_775_807)))
        .isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> DateTimeColumn.toNanos(LocalDateTime.of(2262, 4, 11, 23, 47, 16, 854_775_808)))
        .isInstanceOf(ArithmeticException.class);
  }
}
