package io.mlmodel.request;

import io.mlmodel.InputException;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.request.internal.ValueWriter;
import java.io.StringWriter;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The JSON reports of {@link RequestValidator}. Internal. */
final class ValidationReport {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private ValidationReport() {}

  static String valid(EnforcedInput in) {
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), s)) {
      ValueWriter w = new ValueWriter(g, false);
      g.writeStartObject();
      g.writeBooleanProperty("valid", true);
      PredictInput input = in.input();
      if (input instanceof ColumnTable t) {
        g.writeStringProperty("kind", "columns");
        g.writeName("columns");
        g.writeStartObject();
        for (Column c : t.columns()) {
          g.writeName(c.name());
          g.writeStartArray();
          for (int r = 0; r < c.size(); r++) {
            w.cell(c, r);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      } else {
        g.writeStringProperty("kind", "tensors");
        g.writeName("tensors");
        g.writeStartObject();
        Map<String, Tensor> tensors = input instanceof TensorMap m ? m.tensors() : Map.of("0", (Tensor) input);
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
          g.writeName(e.getKey());
          g.writeStartObject();
          g.writeStringProperty("dtype", e.getValue().dtype().numpyName());
          g.writeName("shape");
          g.writeStartArray();
          for (long d : e.getValue().shape()) {
            g.writeNumber(d);
          }
          g.writeEndArray();
          g.writeName("values");
          w.tensor(e.getValue());
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeName("params");
      w.value(in.params().asMap());
      g.writeName("warnings");
      w.value(in.warnings());
      g.writeEndObject();
    }
    return s.toString();
  }

  static String invalid(InputException e) {
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), s)) {
      g.writeStartObject();
      g.writeBooleanProperty("valid", false);
      g.writeName("error");
      g.writeStartObject();
      g.writeStringProperty("message", e.problem());
      g.writeStringProperty("code", e.code());
      g.writeName("column");
      if (e.field().isPresent()) {
        g.writeString(e.field().get());
      } else {
        g.writeNull();
      }
      if (e.location().line() > 0) {
        g.writeNumberProperty("line", e.location().line());
      }
      if (!e.location().keyPath().isEmpty()) {
        g.writeStringProperty("key", e.location().keyPath());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    return s.toString();
  }
}
