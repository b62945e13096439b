package io.mlmodel.write;

import io.mlmodel.model.MLModel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * MLflow's {@code Model.from_dict(d).to_dict()} over the top-level mapping of an MLmodel file
 * (format reference §2.3 and §3.3), as MLflow 2.17.2 does it, the version that wrote the
 * reference re-emits.
 */
final class MLflowDict {
  /** Properties that {@code to_dict()} writes only when not None. */
  private static final Set<String> DROPPED_WHEN_NULL = Set.of("run_id", "artifact_path",
      "mlflow_version", "signature", "saved_input_example_info", "metadata", "model_size_bytes",
      "resources");

  private MLflowDict() {}

  static Map<String, Object> of(MLModel model) {
    Map<String, Object> source = model.toMap();
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : source.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      switch (key) {
        case "utc_time_created" -> {
          // str(utc_time_created or datetime.utcnow()): a falsy value would become "now", which
          // a rewrite must not invent, so the key is left out instead.
          if (truthy(value)) {
            out.put(key, pythonStr(value));
          }
        }
        case "flavors" -> out.put(key, value == null ? Map.of() : value);
        // ModelSignature.from_dict(d).to_dict(): the three keys always, each schema in MLflow's
        // canonical JSON, a missing one null; a signature that is not a mapping is dropped.
        case "signature" -> model.signature().ifPresent(s -> out.put(key, s.toDict()));
        default -> {
          if (value != null || !DROPPED_WHEN_NULL.contains(key)) {
            out.put(key, value);
          }
        }
      }
    }
    out.putIfAbsent("flavors", Map.of());
    // from_dict sets a missing model_uuid to None, and to_dict writes the attribute anyway.
    out.putIfAbsent("model_uuid", null);
    return out;
  }

  private static boolean truthy(@Nullable Object v) {
    if (v == null || Boolean.FALSE.equals(v) || "".equals(v)) {
      return false;
    } else if (v instanceof Number n) {
      return n.doubleValue() != 0;
    } else if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    } else if (v instanceof java.util.Collection<?> c) {
      return !c.isEmpty();
    }
    return true;
  }

  /** Python's {@code str()} of a scalar as PyYAML loaded it. */
  private static Object pythonStr(Object v) {
    if (v instanceof String s) {
      return s;
    } else if (v instanceof LocalDateTime t) {
      return Represented.of(t).text();
    } else if (v instanceof OffsetDateTime t) {
      return Represented.of(t).text();
    } else if (v instanceof LocalDate d) {
      return Represented.of(d).text();
    } else if (v instanceof Boolean b) {
      return b ? "True" : "False";
    } else if (v instanceof Double d) {
      return Double.isNaN(d) ? "nan" : Double.isInfinite(d) ? (d > 0 ? "inf" : "-inf") : PythonFloat.repr(d);
    } else if (v instanceof Number n) {
      return n.toString();
    }
    // str() of a list or mapping is Python syntax no reader needs; keep the value itself.
    return v;
  }
}
