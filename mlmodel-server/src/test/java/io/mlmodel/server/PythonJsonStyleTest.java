package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Compact JSON in, the bytes of Python's {@code json.dumps} out, however the input is split into writes. */
class PythonJsonStyleTest {
  private static final String COMPACT = "{\"predictions\":{\"y\":[[-0.5,10.0],[1.0E-5,NaN]],\"a,b:c\":\"x, y: \\\"z\\\"\\u001F\","
      + "\"k\":\"\u00e9\u20ac\ud83d\ude00\u007f\",\"e\":[]}}";
  private static final String PYTHON = "{\"predictions\": {\"y\": [[-0.5, 10.0], [1.0E-5, NaN]], \"a,b:c\": \"x, y: \\\"z\\\"\\u001f\", "
      + "\"k\": \"\\u00e9\\u20ac\\ud83d\\ude00\\u007f\", \"e\": []}}";

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 7, 64, 4096})
  void writesPythonSeparatorsAndEscapesAcrossAnySplit(int chunk) {
    byte[] in = COMPACT.getBytes(StandardCharsets.UTF_8);
    ByteBuf out = Unpooled.buffer();
    PythonJsonStyle style = new PythonJsonStyle(out);
    for (int off = 0; off < in.length; off += chunk) {
      style.write(in, off, Math.min(chunk, in.length - off));
    }
    assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(PYTHON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,2,3]", "{\"a\":1}", "\"no, change: here\""})
  void byteByByteAndBulkWritesAgree(String json) {
    byte[] in = json.getBytes(StandardCharsets.UTF_8);
    ByteBuf one = Unpooled.buffer();
    PythonJsonStyle single = new PythonJsonStyle(one);
    for (byte b : in) {
      single.write(b);
    }
    ByteBuf bulk = Unpooled.buffer();
    new PythonJsonStyle(bulk).write(in, 0, in.length);
    assertThat(bulk.toString(StandardCharsets.US_ASCII)).isEqualTo(one.toString(StandardCharsets.US_ASCII));
  }
}
