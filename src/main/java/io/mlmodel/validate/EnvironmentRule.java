package io.mlmodel.validate;

import io.mlmodel.Location;
import io.mlmodel.model.Flavor;
import io.mlmodel.model.PythonFunctionFlavor;
import io.mlmodel.yaml.KeyPath;
import io.mlmodel.yaml.YamlDocument;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The environment files against {@code python_function.python_version}.
 *
 * <ul>
 *   <li>{@code bad-env} (error): python_env.yaml is not the mapping MLflow's {@code _PythonEnv}
 *       accepts (only {@code python} as a string, {@code build_dependencies} and {@code
 *       dependencies}), or conda.yaml is not a mapping; MLflow fails to restore the environment.
 *   <li>{@code env-mismatch} (warning): python_env.yaml's {@code python} or conda.yaml's {@code
 *       python=X} pin names another Python than {@code python_version}: the model would be
 *       restored with an interpreter it was not saved with.
 * </ul>
 */
final class EnvironmentRule implements Rule {
  private static final Set<String> PYTHON_ENV_KEYS = Set.of("python", "build_dependencies", "dependencies");
  private static final Pattern CONDA_PIN = Pattern.compile("python\\s*==?\\s*(\\d+(?:\\.\\d+)*)(?:\\.\\*)?");

  @Override
  public void check(ModelContext context) {
    Flavor f = context.model().flavor(PythonFunctionFlavor.NAME).orElse(null);
    if (f == null) {
      return;
    }
    String version = f.config().get("python_version") instanceof String s ? s : null;
    Object env = f.config().get("env");
    String conda = env instanceof String s ? s : env instanceof Map<?, ?> m && m.get("conda") instanceof String s ? s : null;
    String virtualenv = env instanceof Map<?, ?> m && m.get("virtualenv") instanceof String s ? s : null;
    if (virtualenv == null && Files.isRegularFile(context.dir().resolve("python_env.yaml"))) {
      virtualenv = "python_env.yaml";
    }
    if (virtualenv != null) {
      Location at = env instanceof Map<?, ?> m && m.get("virtualenv") != null ? f.locate("env", "virtualenv") : f.locate();
      context.yamlFile(virtualenv, at).ifPresent(doc -> pythonEnv(context, doc, version));
    }
    if (conda != null) {
      Location at = env instanceof String ? f.locate("env") : f.locate("env", "conda");
      context.yamlFile(conda, at).ifPresent(doc -> conda(context, doc, version));
    }
  }

  private static void pythonEnv(ModelContext context, YamlDocument doc, @Nullable String version) {
    if (!(doc.root() instanceof Map<?, ?> map)) {
      context.error("bad-env", doc.locate(KeyPath.ROOT), "python_env.yaml must be a mapping with python, "
          + "build_dependencies and dependencies");
      return;
    }
    for (Object key : map.keySet()) {
      if (!PYTHON_ENV_KEYS.contains(key)) {
        context.error("bad-env", doc.locateKey(KeyPath.of(key)), "'" + key + "' is not a key of python_env.yaml; "
            + "MLflow accepts only python, build_dependencies and dependencies");
      }
    }
    Object python = map.get("python");
    if (python != null && !(python instanceof String)) {
      context.error("bad-env", doc.locate(KeyPath.of("python")), "python must be a string such as '3.10.12', found '"
          + python + "' (quote it: YAML reads 3.10 as the number 3.1)");
    } else if (python instanceof String p && version != null && !sameVersion(p, version)) {
      context.warning("env-mismatch", doc.locate(KeyPath.of("python")), "python_env.yaml names Python " + p
          + " but python_function.python_version is " + version);
    }
  }

  private static void conda(ModelContext context, YamlDocument doc, @Nullable String version) {
    if (!(doc.root() instanceof Map<?, ?> map)) {
      context.error("bad-env", doc.locate(KeyPath.ROOT), "conda.yaml must be a mapping with channels, dependencies and name");
      return;
    }
    if (version == null || !(map.get("dependencies") instanceof List<?> deps)) {
      return;
    }
    for (int i = 0; i < deps.size(); i++) {
      if (deps.get(i) instanceof String dep) {
        Matcher m = CONDA_PIN.matcher(dep.trim());
        if (m.matches() && !sameVersion(m.group(1), version)) {
          context.warning("env-mismatch", doc.locate(KeyPath.of("dependencies").index(i)), "conda.yaml pins " + dep.trim()
              + " but python_function.python_version is " + version);
        }
      }
    }
  }

  /** Whether {@code pin} (3.10 or 3.10.12) names the interpreter {@code version} (3.10.12). */
  static boolean sameVersion(String pin, String version) {
    String[] a = pin.trim().split("\\.");
    String[] b = version.trim().split("\\.");
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        return false;
      }
    }
    return true;
  }
}
