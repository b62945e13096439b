package io.mlmodel.request;

import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.request.internal.MlflowTensorJson;
import io.mlmodel.request.internal.PythonJson;
import io.mlmodel.request.internal.ValueWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * Encodes model outputs as MLflow's scoring server answers {@code /invocations} (format reference
 * §6.4): {@code {"predictions": <value>}} where a {@link ColumnTable} (DataFrame) is a list of
 * records {@code [{"col": v, ...}, ...]}, a {@link Column} (Series) a list of one-key records, a
 * {@link Tensor} nested lists, a {@link TensorMap} an object of nested lists and a {@link
 * PredictOutput.Plain} value itself. As with MLflow's {@code NumpyEncoder}: floats are written as
 * Python's {@code repr} writes them ({@code 0.1}, {@code 1e-05}, {@code 1e+16}, {@code 100.0}), NaN
 * and infinities as the bare tokens {@code NaN}, {@code Infinity}, {@code -Infinity} (Python's
 * {@code json} accepts them), float32 values widened to double (so {@code 0.1f} is {@code
 * 0.10000000149011612}), bytes are base64 with a line break every 76
 * characters and a final one, date-times are ISO 8601 and NaT is {@code "NaT"}, a timedelta64 is
 * its count of units and its NaT null (numpy's {@code tolist()} gives None).
 *
 * <p>Stateless and thread-safe; the stream is flushed, not closed.
 */
public final class Predictions {
  /** Buffers per thread, as for {@link ScoringRequests}' parsers: answers are written on many threads at once. */
  private static final JsonFactory JSON = JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build();

  private Predictions() {}

  /**
   * Writes {@code {"predictions": ...}} as UTF-8.
   *
   * @param output the model's output, of any {@link PredictOutput} kind
   * @param out where the JSON goes; flushed, not closed
   * @throws tools.jackson.core.exc.JacksonIOException when writing to {@code out} fails
   */
  public static void write(PredictOutput output, OutputStream out) {
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), new NonClosing(out))) {
      write(output, g);
    }
  }

  private static void write(PredictOutput output, JsonGenerator g) {
    g.writeStartObject();
    g.writeName("predictions");
    writeValue(output, new ValueWriter(g, true), g);
    g.writeEndObject();
  }

  /**
   * Writes {@code {"predictions": ...}} byte for byte as MLflow's scoring server does: Python's
   * {@code json.dumps} with its defaults, {@code ", "} and {@code ": "} between items and every
   * character outside printable ASCII as a {@code \\uXXXX} escape. Values are as {@link #write}
   * writes them.
   *
   * <pre>{@code
   * Predictions.writeAsMlflow(Tensor.ofDoubles(new double[] {1e-5, 0.5}, 2), out);
   * // {"predictions": [1e-05, 0.5]}
   * }</pre>
   *
   * @param output the model's output, of any {@link PredictOutput} kind
   * @param out where the JSON goes; flushed, not closed
   * @throws tools.jackson.core.exc.JacksonIOException when writing to {@code out} fails
   */
  public static void writeAsMlflow(PredictOutput output, OutputStream out) {
    if (MlflowTensorJson.handles(output)) {
      MlflowTensorJson.write(output, out);
      return;
    }
    try (JsonGenerator g = PythonJson.generator(new NonClosing(out))) {
      write(output, g);
    }
  }

  /**
   * The response body as a string.
   *
   * @param output the model's output, of any {@link PredictOutput} kind
   * @return the JSON text {@code {"predictions": ...}}, as {@link #write} writes it
   */
  public static String toJson(PredictOutput output) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    write(output, b);
    return b.toString(StandardCharsets.UTF_8);
  }

  private static void writeValue(PredictOutput output, ValueWriter w, JsonGenerator g) {
    if (output instanceof ColumnTable t) {
      g.writeStartArray();
      for (int r = 0; r < t.rowCount(); r++) {
        g.writeStartObject();
        for (Column c : t.columns()) {
          g.writeName(c.name());
          w.cell(c, r);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (output instanceof Column c) {
      writeValue(ColumnTable.of(c), w, g);
    } else if (output instanceof Tensor t) {
      w.tensor(t);
    } else if (output instanceof TensorMap m) {
      g.writeStartObject();
      for (Map.Entry<String, Tensor> e : m.tensors().entrySet()) {
        g.writeName(e.getKey());
        w.tensor(e.getValue());
      }
      g.writeEndObject();
    } else {
      w.value(((PredictOutput.Plain) output).value());
    }
  }

  /** Keeps the caller's stream open when the generator closes. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws java.io.IOException {
      out.flush();
    }
  }
}
