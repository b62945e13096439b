package io.mlmodel.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.request.ScoringRequests;
import io.mlmodel.signature.DataType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Request bodies are bounded: an oversized or too deeply nested one ends quickly with a clean error. */
class RequestLimitsTest {

  /** An endless dataframe_split body generated on the fly, never held in memory; counts what was read. */
  static final class EndlessBody extends InputStream {
    private final byte[] head = "{\"dataframe_split\": {\"columns\": [\"c\"], \"data\": [".getBytes(StandardCharsets.UTF_8);
    private final byte[] row = "[1.5],".getBytes(StandardCharsets.UTF_8);
    long served;

    @Override
    public int read() {
      byte[] b = new byte[1];
      return read(b, 0, 1) < 0 ? -1 : b[0];
    }

    @Override
    public int read(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++, served++) {
        b[off + i] = served < head.length ? head[(int) served] : row[(int) ((served - head.length) % row.length)];
      }
      return len;
    }
  }

  @Test
  void oneGigabyteBodyEndsQuicklyAtTheLimit() {
    EndlessBody body = new EndlessBody();
    EnforcementOptions o = EnforcementOptions.builder().maxRequestBytes(1 << 20).build();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Fx.fails(() -> ScoringRequests.decodeJson(body,
        Fx.one(DataType.DOUBLE), o), "limit").hasMessageContaining("larger than the limit of 1048576 bytes"));
    assertThat(body.served).isLessThan(2L << 20);
  }

  @Test
  void defaultLimitIs8MiB() {
    // 64 MiB let a numeric body decode into more than a 64 MB heap before the limit was reached
    assertThat(EnforcementOptions.defaults().maxRequestBytes()).isEqualTo(8L << 20);
    assertThat(EnforcementOptions.builder().maxRequestBytes(64L << 20).build().maxRequestBytes()).isEqualTo(64L << 20);
  }

  @Test
  void csvBodyIsBoundedToo() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return '1';
      }
    };
    EnforcementOptions o = EnforcementOptions.builder().maxRequestBytes(4096).build();
    Fx.fails(() -> ScoringRequests.decodeCsv(endless, null, o), "limit");
  }

  @Test
  void deepNestingIsALimitNotAStackOverflow() {
    String deep = "{\"inputs\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
    Fx.fails(() -> ScoringRequests.decodeJson(deep, null, Fx.SAFE), "limit")
        .hasMessageContaining("EnforcementOptions.maxDepth");
  }

  @Test
  void optionsAreImmutableAndCopyable() {
    EnforcementOptions o = EnforcementOptions.builder().maxDepth(7).build();
    EnforcementOptions p = o.toBuilder().compatibility(EnforcementOptions.Compatibility.MLFLOW).build();
    assertThat(o.mlflowCompatible()).isFalse();
    assertThat(p.mlflowCompatible()).isTrue();
    assertThat(p.maxDepth()).isEqualTo(7);
  }
  @Test
  void sparseRecordsCanNotBlowUpIntoAHugeTable() {
    StringBuilder b = new StringBuilder("{\"dataframe_records\": [");
    for (int i = 0; i < 3000; i++) {
      b.append(i == 0 ? "" : ",").append("{\"k").append(i).append("\": 1}");
    }
    String body = b.append("]}").toString();
    EnforcementOptions o = EnforcementOptions.builder().maxRequestBytes(1 << 20).build();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Fx.fails(() -> ScoringRequests.decodeJson(body, null, o),
        "limit").hasMessageContaining("more cells than the limit"));
  }
}
