package io.mlmodel.validate;

import io.mlmodel.Location;
import io.mlmodel.model.Flavor;
import io.mlmodel.model.KnownFlavor;
import io.mlmodel.model.MLModel;
import io.mlmodel.model.PythonFunctionFlavor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every file or folder an MLmodel names, with where it names it: each flavor's data and code,
 * the python_function env files, python_model, artifacts and model code, and the saved input
 * example. Values that are not strings are skipped here (they are {@code bad-value} findings).
 */
final class References {
  /** One named file: the name as written and where it is written. */
  record Reference(String name, Location at) {}

  private static final List<String> PYFUNC_KEYS = List.of("python_model", "parameters_path");

  private References() {}

  static List<Reference> of(MLModel model) {
    List<Reference> out = new ArrayList<>();
    for (Flavor f : model.flavors().values()) {
      Set<String> keys = new LinkedHashSet<>(KnownFlavor.byName(f.name()).map(KnownFlavor::dataKeys).orElse(List.of("data")));
      keys.add("code");
      if (f.name().equals(PythonFunctionFlavor.NAME)) {
        keys.addAll(PYFUNC_KEYS);
        pyfunc(f, out);
      }
      for (String key : keys) {
        add(out, f.config().get(key), f.locate(key));
      }
    }
    Object info = model.toMap().get("saved_input_example_info");
    if (info instanceof Map<?, ?> m) {
      add(out, m.get("artifact_path"), model.locate("saved_input_example_info", "artifact_path"));
      add(out, m.get("serving_input_path"), model.locate("saved_input_example_info", "serving_input_path"));
    }
    return out;
  }

  private static void pyfunc(Flavor f, List<Reference> out) {
    Object env = f.config().get("env");
    if (env instanceof String) {
      add(out, env, f.locate("env"));
    } else if (env instanceof Map<?, ?> m) {
      add(out, m.get("conda"), f.locate("env", "conda"));
      add(out, m.get("virtualenv"), f.locate("env", "virtualenv"));
    }
    if (f.config().get("artifacts") instanceof Map<?, ?> artifacts) {
      for (Map.Entry<?, ?> e : artifacts.entrySet()) {
        if (e.getValue() instanceof Map<?, ?> a) {
          add(out, a.get("path"), f.locate("artifacts", String.valueOf(e.getKey()), "path"));
        }
      }
    }
    // The writer machine's path is recorded; loaders use the copy beside MLmodel.
    if (f.config().get("model_code_path") instanceof String code && !code.isEmpty()) {
      String name = code.replace('\\', '/');
      add(out, name.substring(name.lastIndexOf('/') + 1), f.locate("model_code_path"));
    }
  }

  private static void add(List<Reference> out, @Nullable Object value, Location at) {
    if (value instanceof String s) {
      out.add(new Reference(s, at));
    }
  }
}
