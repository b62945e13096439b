package io.mlmodel.remote;

import io.mlmodel.data.BinaryColumn;
import io.mlmodel.data.BooleanColumn;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DateTimeColumn;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.Params;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Encodes an enforced input as the request body MLflow's own client sends ({@code
 * mlflow.utils.proto_json_utils.dump_input_data}): a table as {@code dataframe_split}, a tensor as
 * {@code inputs} nested lists, named tensors as an {@code inputs} object, plus {@code params}. Rows
 * {@code [from, to)} only, for chunking. Internal; stateless.
 */
final class RequestWriter {
  // Schubfach double-to-text: a 10,000-row float batch is 40,000 numbers
  private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

  private RequestWriter() {}

  /** The rows an input has along the axis chunks split, or -1 when it cannot be split. */
  static long rows(PredictInput input) {
    if (input instanceof ColumnTable t) {
      return t.rowCount();
    }
    if (input instanceof Tensor t) {
      return t.rank() == 0 ? -1 : t.dim(0);
    }
    long rows = -1;
    for (Tensor t : ((TensorMap) input).tensors().values()) {
      if (t.rank() == 0 || rows >= 0 && t.dim(0) != rows) {
        return -1;
      }
      rows = t.dim(0);
    }
    return rows;
  }

  /** The body for rows {@code [from, to)} of {@code input} (all of it when {@code to < 0}). */
  static byte[] write(PredictInput input, Params params, int from, int to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      Values v = new Values(g);
      g.writeStartObject();
      if (input instanceof ColumnTable t) {
        g.writeName("dataframe_split");
        table(t, from, to < 0 ? t.rowCount() : to, v, g);
      } else if (input instanceof Tensor t) {
        g.writeName("inputs");
        v.tensorRows(t, from, to);
      } else {
        g.writeName("inputs");
        g.writeStartObject();
        for (Map.Entry<String, Tensor> e : ((TensorMap) input).tensors().entrySet()) {
          g.writeName(e.getKey());
          v.tensorRows(e.getValue(), from, to);
        }
        g.writeEndObject();
      }
      if (!params.isEmpty()) {
        g.writeName("params");
        v.plain(params.asMap());
      }
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static void table(ColumnTable t, int from, int to, Values v, JsonGenerator g) {
    g.writeStartObject();
    if (!t.positional()) {
      g.writeName("columns");
      g.writeStartArray();
      for (String name : t.names()) {
        g.writeString(name);
      }
      g.writeEndArray();
    }
    g.writeName("data");
    g.writeStartArray();
    for (int r = from; r < to; r++) {
      g.writeStartArray();
      for (Column c : t.columns()) {
        cell(c, r, v, g);
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void cell(Column c, int r, Values v, JsonGenerator g) {
    if (c instanceof DoubleColumn d) {
      v.number(d.get(r));
    } else if (c instanceof FloatColumn f) {
      v.number(f.get(r));
    } else if (c instanceof LongColumn l) {
      g.writeNumber(l.get(r));
    } else if (c instanceof IntColumn i) {
      g.writeNumber(i.get(r));
    } else if (c.isNull(r)) {
      g.writeNull();
    } else if (c instanceof BooleanColumn b) {
      g.writeBoolean(b.get(r));
    } else if (c instanceof DateTimeColumn t) {
      g.writeString(Values.isoformat(java.util.Objects.requireNonNull(t.get(r))));
    } else if (c instanceof BinaryColumn b) {
      // dataframe_split decodes base64 for binary columns of the schema
      g.writeString(java.util.Base64.getEncoder().encodeToString(b.get(r)));
    } else {
      v.plain(c.getObject(r));
    }
  }
}
