package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CostTest {
  @Test
  void cheapOnlyAfterAFullWindowMostlyUnderTheBound() {
    Cost c = new Cost();
    for (int i = 0; i < 63; i++) {
      c.record(20_000);
    }
    assertThat(c.inline(100)).isFalse(); // not measured enough yet
    for (int i = 0; i < 8; i++) {
      c.record(20_000);
    }
    assertThat(c.inline(100)).isTrue();
    assertThat(c.inline(Cost.INLINE_MAX_BYTES + 1)).isFalse();
  }

  @Test
  void aFewPreemptedMeasurementsDoNotMatterButASlowModelDoes() {
    Cost c = new Cost();
    for (int i = 0; i < 128; i++) {
      c.record(i % 16 == 0 ? 30_000_000 : 20_000); // one in 16 preempted: still cheap
    }
    assertThat(c.inline(100)).isTrue();
    for (int i = 0; i < 128; i++) {
      c.record(i % 4 == 0 ? 20_000 : 2_000_000); // mostly slow
    }
    assertThat(c.inline(100)).isFalse();
  }
}
