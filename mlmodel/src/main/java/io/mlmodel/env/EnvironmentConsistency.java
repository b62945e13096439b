package io.mlmodel.env;

import io.mlmodel.Location;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cross-checks of an {@link Environment} for a validator. Nothing here is an error for MLflow,
 * which reads each file on its own; disagreements mean the environment rebuilt from one file
 * differs from the one rebuilt from another, so a validator reports them as warnings.
 *
 * <ul>
 *   <li>{@code python-version-mismatch}: the Python versions of {@code python_function.python_version},
 *       python_env.yaml and conda.yaml disagree. Versions agree when one is a prefix of the other
 *       by components ({@code 3.11} and {@code 3.11.2} agree; {@code 3.11.2} and {@code 3.11.9}
 *       do not).
 *   <li>{@code requirements-mismatch}: the conda.yaml pip list and requirements.txt (which MLflow
 *       writes identical) hold different lines, compared as sets of their text.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class EnvironmentConsistency {
  private EnvironmentConsistency() {}

  /**
   * A disagreement between two places.
   *
   * @param code {@code python-version-mismatch} or {@code requirements-mismatch}
   * @param location for a version mismatch, where the second of the two values is; for a
   *     requirements mismatch, the conda.yaml file (no line)
   * @param problem the disagreement, as a sentence
   */
  public record Inconsistency(String code, Location location, String problem) {
    @Override
    public String toString() {
      return location + ": " + problem;
    }
  }

  /**
   * Every disagreement found. Each Python version present is compared with the first one present
   * (in the order {@code python_function.python_version}, python_env.yaml, conda.yaml); pip lines
   * are compared with all whitespace removed, and only when conda.yaml has a non-empty pip list and
   * requirements.txt exists.
   *
   * @param env the loaded environment
   * @param pyfuncPythonVersion the raw {@code flavors.python_function.python_version}, or null;
   *     a non-string value is compared by its {@code String.valueOf} text
   * @param pythonVersionAt where that value is in the MLmodel
   * @return the inconsistencies, version mismatches first; empty when everything agrees;
   *     unmodifiable
   */
  public static List<Inconsistency> check(Environment env, @Nullable Object pyfuncPythonVersion, Location pythonVersionAt) {
    List<Inconsistency> out = new ArrayList<>();
    record Source(String where, String version, Location at) {}
    List<Source> sources = new ArrayList<>();
    if (pyfuncPythonVersion != null) {
      sources.add(new Source("python_function.python_version", String.valueOf(pyfuncPythonVersion), pythonVersionAt));
    }
    env.virtualenv().ifPresent(v -> v.python().ifPresent(p -> sources.add(new Source("python_env.yaml", p, v.pythonLocation()))));
    env.conda().ifPresent(c -> c.python().ifPresent(p -> sources.add(new Source("conda.yaml", p, c.pythonLocation()))));
    for (int i = 1; i < sources.size(); i++) {
      Source a = sources.get(0);
      Source b = sources.get(i);
      if (!sameVersion(a.version(), b.version())) {
        out.add(new Inconsistency("python-version-mismatch", b.at(), b.where() + " asks for Python " + b.version()
            + " but " + a.where() + " says " + a.version()));
      }
    }
    if (env.conda().isPresent() && env.requirements().isPresent() && !env.conda().get().pip().isEmpty()) {
      Set<String> pip = texts(env.conda().get().pip());
      Set<String> req = texts(env.requirements().get().lines());
      if (!pip.equals(req)) {
        Set<String> onlyPip = new LinkedHashSet<>(pip);
        onlyPip.removeAll(req);
        Set<String> onlyReq = new LinkedHashSet<>(req);
        onlyReq.removeAll(pip);
        out.add(new Inconsistency("requirements-mismatch", Location.of(env.conda().get().file()),
            "the pip list of conda.yaml differs from requirements.txt: only in conda.yaml " + onlyPip
                + ", only in requirements.txt " + onlyReq));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether two version strings agree on the components both give ({@code 3.11} vs {@code 3.11.2}).
   *
   * @param a a dotted version such as {@code 3.11.2}; surrounding blanks are ignored
   * @param b the other version, in the same form
   * @return true when every component up to the shorter length is equal, or when a {@code *}
   *     component is reached before a difference ({@code 3.*} agrees with {@code 3.11}); false
   *     otherwise
   */
  public static boolean sameVersion(String a, String b) {
    String[] x = a.strip().split("\\.");
    String[] y = b.strip().split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i].equals("*") || y[i].equals("*")) {
        return true;
      }
      if (!x[i].equals(y[i])) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> texts(List<RequirementLine> lines) {
    Set<String> out = new LinkedHashSet<>();
    for (RequirementLine line : lines) {
      out.add(line.text().replaceAll("\\s+", ""));
    }
    return out;
  }
}
