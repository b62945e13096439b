package io.mlmodel.model;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code python_function} flavor (format reference §9.1): how MLflow's
 * generic loader finds the model. Unknown keys stay in {@link #flavor()}.
 *
 * @param loaderModule the Python module whose {@code _load_pyfunc} loads the model
 * @param pythonVersion the interpreter that saved the model
 * @param data the data path passed to the loader; the model root when absent
 * @param code the folder of copied code paths
 * @param env the environment files
 * @param config the model configuration passed to the loader
 * @param pythonModel the pickled {@code PythonModel} of a custom model
 * @param artifacts the artifacts of a custom model, by name
 * @param modelCodePath the code file of a models-from-code model
 * @param streamable whether {@code predict_stream} is available
 * @param predictFn the method called instead of {@code predict}
 * @param flavor the generic view, with every key
 */
public record PythonFunctionFlavor(
    @Nullable String loaderModule,
    @Nullable String pythonVersion,
    @Nullable String data,
    @Nullable String code,
    @Nullable EnvReference env,
    Map<String, Object> config,
    @Nullable String pythonModel,
    Map<String, Artifact> artifacts,
    @Nullable String modelCodePath,
    @Nullable Boolean streamable,
    @Nullable String predictFn,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "python_function";

  /**
   * One entry of {@code artifacts}: the path in the model folder and the URI it came from.
   *
   * @param path the artifact's path relative to the model folder, normally under {@code artifacts/};
   *     null when absent
   * @param uri the URI the artifact was logged from; null when absent
   */
  public record Artifact(@Nullable String path, @Nullable String uri) {}

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code python_function} flavor, as read or built; its name is not checked
   * @return the typed view of {@code f}; {@code config} and {@code artifacts} are empty when absent or
   *     null
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key has the wrong type, or {@code env} is
   *     neither a conda.yaml path nor a mapping
   */
  public static PythonFunctionFlavor from(Flavor f) {
    Map<String, Artifact> artifacts = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : f.mapping("artifacts").orElse(Map.of()).entrySet()) {
      Location at = f.locate("artifacts", e.getKey());
      Map<String, Object> a = Values.stringMap(e.getValue(), at, k -> at);
      artifacts.put(e.getKey(), new Artifact(Values.string(a.get("path"), f.locate("artifacts", e.getKey(), "path")),
          Values.string(a.get("uri"), f.locate("artifacts", e.getKey(), "uri"))));
    }
    return new PythonFunctionFlavor(
        f.string("loader_module").orElse(null),
        f.string("python_version").orElse(null),
        f.string("data").orElse(null),
        f.string("code").orElse(null),
        env(f),
        f.mapping("config").orElse(Map.of()),
        f.string("python_model").orElse(null),
        Values.copy(artifacts),
        f.string("model_code_path").orElse(null),
        f.bool("streamable").orElse(null),
        f.string("predict_fn").orElse(null),
        f);
  }

  private static @Nullable EnvReference env(Flavor f) {
    Object env = f.config().get("env");
    if (env == null) {
      return null;
    }
    if (env instanceof String s) {
      return new EnvReference.CondaPath(s);
    }
    if (env instanceof Map) {
      Map<String, Object> m = f.mapping("env").orElse(Map.of());
      return new EnvReference.Files(Values.string(m.get("conda"), f.locate("env", "conda")),
          Values.string(m.get("virtualenv"), f.locate("env", "virtualenv")));
    }
    throw new ModelException("bad-value", f.locate("env"),
        "expected a conda.yaml path or a mapping with conda and virtualenv, found " + Values.describe(env));
  }

  /**
   * The loader module, or empty for a model MLflow's pyfunc cannot load.
   *
   * @return {@link #loaderModule()}; empty when {@code loader_module} is absent or null
   */
  public Optional<String> optionalLoaderModule() {
    return Optional.ofNullable(loaderModule);
  }
}
