package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CostTest {
  @Test
  void cheapOnlyAfterAFullWindowMostlyUnderTheBound() {
    Cost c = new Cost();
    for (int i = 0; i < 63; i++) {
      c.record(20_000, 30);
    }
    assertThat(c.inline(30)).isFalse(); // not measured enough yet
    for (int i = 0; i < 8; i++) {
      c.record(20_000, 30);
    }
    assertThat(c.inline(30)).isTrue();
    assertThat(c.inline(Cost.INLINE_MAX_BYTES + 1)).isFalse();
  }

  /**
   * Regression: a model measured cheap at batch 1 ran any body up to 16 KiB (a thousand rows) on
   * the event loop, which it could hold for as long as the batch took, its own 504 included.
   */
  @Test
  void aBodyFarLargerThanThoseMeasuredCheapGoesToAWorker() {
    Cost c = new Cost();
    for (int i = 0; i < 72; i++) {
      c.record(20_000, i % 2 == 0 ? 30 : 40);
    }
    assertThat(c.inline(30)).isTrue();
    assertThat(c.inline(80)).isTrue(); // twice the largest measured cheap
    assertThat(c.inline(81)).isFalse();
    assertThat(c.inline(10_000)).isFalse();
    // larger bodies measured cheap (on a worker) raise the bound, up to the fixed one
    for (int i = 0; i < 128; i++) {
      c.record(100_000, 12_000);
    }
    assertThat(c.inline(10_000)).isTrue();
    assertThat(c.inline(Cost.INLINE_MAX_BYTES)).isTrue();
    assertThat(c.inline(Cost.INLINE_MAX_BYTES + 1)).isFalse();
    // a slow measurement's size does not count as cheap
    for (int i = 0; i < 128; i++) {
      c.record(i % 4 == 0 ? 2_000_000 : 20_000, i % 4 == 0 ? 12_000 : 30);
    }
    assertThat(c.inline(61)).isFalse();
    assertThat(c.inline(60)).isTrue();
  }

  @Test
  void aFewPreemptedMeasurementsDoNotMatterButASlowModelDoes() {
    Cost c = new Cost();
    for (int i = 0; i < 128; i++) {
      c.record(i % 16 == 0 ? 30_000_000 : 20_000, 30); // one in 16 preempted: still cheap
    }
    assertThat(c.inline(30)).isTrue();
    for (int i = 0; i < 128; i++) {
      c.record(i % 4 == 0 ? 20_000 : 2_000_000, 30); // mostly slow
    }
    assertThat(c.inline(30)).isFalse();
  }
}
