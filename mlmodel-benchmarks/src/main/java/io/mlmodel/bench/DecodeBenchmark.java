package io.mlmodel.bench;

import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.request.ScoringRequests;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.Schema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Decoding and enforcing one numeric {@code dataframe_split} JSON body (80,000 rows of 10 double
 * and 10 long columns, generated in setup) against its signature, as a scoring request does, and
 * Jackson's bare parse of the same bytes as the floor. Operations per second; MB/s is that times
 * the body size, which setup prints as {@code BODY_BYTES}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 8, time = 2)
public class DecodeBenchmark {
  private static final int COLUMNS = 20;
  private static final int ROWS = 80_000;
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private byte[] body;
  private ModelSignature signature;
  private EnforcementOptions options;

  @Setup
  public void generate() {
    body = body();
    signature = signature();
    options = options();
    System.out.println("BODY_BYTES " + body.length);
  }

  /** The body: {@code dataframe_split} of 80,000 rows, 10 double and 10 long columns. */
  static byte[] body() {
    StringBuilder sb = new StringBuilder("{\"dataframe_split\": {\"columns\": [");
    for (int c = 0; c < COLUMNS; c++) {
      sb.append(c == 0 ? "" : ", ").append("\"c").append(c).append('"');
    }
    sb.append("], \"data\": [");
    SplittableRandom rnd = new SplittableRandom(7);
    for (int r = 0; r < ROWS; r++) {
      sb.append(r == 0 ? "[" : ", [");
      for (int c = 0; c < COLUMNS; c++) {
        sb.append(c == 0 ? "" : ", ");
        if (c % 2 == 0) {
          sb.append(rnd.nextDouble() * 1000);
        } else {
          sb.append(rnd.nextLong(1_000_000));
        }
      }
      sb.append(']');
    }
    return sb.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
  }

  static ModelSignature signature() {
    Schema.Builder schema = Schema.builder();
    for (int c = 0; c < COLUMNS; c++) {
      schema.column("c" + c, c % 2 == 0 ? DataType.DOUBLE : DataType.LONG);
    }
    return ModelSignature.builder().inputs(schema.build()).build();
  }

  static EnforcementOptions options() {
    // 1.6 million cells: above the default request limits, raised here as a service with the heap would
    return EnforcementOptions.builder().maxRequestBytes(1L << 30).maxCells(1L << 30).build();
  }

  /**
   * The floor: Jackson's streaming parser over the same bytes, every number read as the double or
   * long it is and nothing kept (what any decoder built on Jackson must at least do).
   */
  @Benchmark
  public double jacksonFloor() {
    return jacksonFloor(body);
  }

  static double jacksonFloor(byte[] body) {
    double sum = 0;
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), body)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
          sum += p.getDoubleValue();
        } else if (t == JsonToken.VALUE_NUMBER_INT) {
          sum += p.getLongValue();
        }
      }
    }
    return sum;
  }

  @Benchmark
  public EnforcedInput decodeAndEnforce() {
    ScoringRequest req = ScoringRequests.decode(new ByteArrayInputStream(body), "application/json", signature, options);
    return Enforcement.enforce(req.input(), req.params(), signature, options);
  }
}
