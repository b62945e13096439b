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
        "limit").hasMessageContaining("more than 500000 cells (rows × columns)")
        .hasMessageContaining("(EnforcementOptions.maxCells)"));
  }

  // Issue 16: what a request decodes to is bounded, not only its bytes; each error names its limit and place.

  private static final EnforcementOptions SMALL = EnforcementOptions.builder().maxCells(10).maxColumns(3).build();

  @Test
  void cellAndColumnLimitsHaveDocumentedDefaultsAndAreCopied() {
    assertThat(EnforcementOptions.defaults().maxCells()).isEqualTo(500_000);
    assertThat(EnforcementOptions.defaults().maxColumns()).isEqualTo(20_000);
    EnforcementOptions o = SMALL.toBuilder().maxDepth(9).build();
    assertThat(o.maxCells()).isEqualTo(10);
    assertThat(o.maxColumns()).isEqualTo(3);
    assertThat(o.toString()).contains("maxCells=10, maxColumns=3");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EnforcementOptions.builder().maxCells(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxCells must be positive: 0");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EnforcementOptions.builder().maxColumns(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxColumns must be positive: -1");
  }

  @Test
  void csvRowsTimesColumnsStopAtMaxCellsNamingTheLine() {
    String ok = "a,b\n1,2\n3,4\n5,6\n7,8\n9,10\n";
    assertThat(ScoringRequests.decodeCsv(in(ok), null, SMALL).input()).isNotNull();
    Fx.fails(() -> ScoringRequests.decodeCsv(in(ok + "11,12\n"), null, SMALL), "limit")
        .hasMessage("<input>:7: row 5: the request has more than 10 cells (rows × columns): 6 rows of 2 columns at"
            + " line 7 (EnforcementOptions.maxCells)");
  }

  @Test
  void csvHeaderStopsAtMaxColumns() {
    Fx.fails(() -> ScoringRequests.decodeCsv(in("a,b,c,d\n1,2,3,4\n"), null, SMALL), "limit")
        .hasMessage("<input>:1: the request has more than 3 columns at line 1 (EnforcementOptions.maxColumns)");
  }

  @Test
  void csvRowOfManyFieldsKeepsPandasMessageWithoutStoringThem() {
    Fx.fails(() -> ScoringRequests.decodeCsv(in("a\n1" + ",1".repeat(100_000) + "\n"), null, SMALL), "bad-request")
        .hasMessageContaining("Expected 1 fields in line 3, saw 100001");
  }

  @Test
  void jsonValuesStopAtMaxCellsNamingLineAndColumn() {
    Fx.fails(() -> ScoringRequests.decodeJson("{\"instances\": [1, 2, 3, 4, 5, 6, 7, 8, 9]}", null, SMALL), "limit")
        .hasMessage("<input>:1:40: the request has more than 10 cells (JSON values: each number, string, boolean,"
            + " null, array and object counts) at line 1, column 40 (EnforcementOptions.maxCells)");
  }

  @Test
  void splitColumnsStopAtMaxColumns() {
    Fx.fails(() -> ScoringRequests.decodeJson("{\"dataframe_split\": {\"columns\": [\"a\", \"b\", \"c\", \"d\"],"
        + " \"data\": []}}", null, SMALL), "limit")
        .hasMessage("<input>:1:49: dataframe_split.columns[3]: the request has more than 3 columns at line 1, column 49"
            + " (EnforcementOptions.maxColumns)");
    Fx.fails(() -> ScoringRequests.decodeJson("{\"dataframe_split\": {\"data\": [[1, 2, 3, 4]]}}", null, SMALL),
        "limit").hasMessageContaining("dataframe_split.data[0][3]: the request has more than 3 columns");
  }

  @Test
  void recordKeysAndInputNamesStopAtMaxColumns() {
    Fx.fails(() -> ScoringRequests.decodeJson("{\"dataframe_records\": [{\"a\": 1, \"b\": 1, \"c\": 1, \"d\": 1}]}",
        null, SMALL), "limit").hasMessageContaining("dataframe_records[0].d: the request has more than 3 columns");
    Fx.fails(() -> ScoringRequests.decodeJson("{\"inputs\": {\"a\": 1, \"b\": 1, \"c\": 1, \"d\": 1}}",
        null, SMALL), "limit").hasMessageContaining("inputs.d: the request has more than 3 columns");
    Fx.fails(() -> ScoringRequests.decodeJson("{\"instances\": [{\"a\": 1, \"b\": 1, \"c\": 1, \"d\": 1}]}",
        null, SMALL), "limit").hasMessageContaining("instances[0].d: the request has more than 3 columns");
  }

  private static InputStream in(String s) {
    return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aFailingBodyStreamIsAnIoErrorForJsonAsForCsvNotABadRequest() {
    // regression: a JSON body whose stream failed was answered as a bad request (bad input)
    for (String type : new String[] {"application/json", "text/csv"}) {
      InputStream failing = new java.io.SequenceInputStream(
          new java.io.ByteArrayInputStream("{\"inputs\": [1, 2".getBytes(StandardCharsets.UTF_8)), new InputStream() {
            @Override
            public int read() throws java.io.IOException {
              throw new java.io.IOException("connection reset");
            }
          });
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> ScoringRequests.decode(failing, type, null, EnforcementOptions.defaults()))
          .isInstanceOf(java.io.UncheckedIOException.class)
          .hasRootCauseMessage("connection reset");
    }
  }
}
