package io.mlmodel.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.MLModels;
import io.mlmodel.ReadOptions;
import io.mlmodel.env.EnvironmentConsistency.Inconsistency;
import io.mlmodel.model.Flavor;
import io.mlmodel.model.MLModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of docs/environment.md, run as written (paths relative to the project). */
class EnvironmentDocTest {
  private static Path path(String p) {
    return Path.of(System.getProperty("mlmodel.basedir", ".")).resolve(p);
  }

  @Test
  void loading() {
    MLModel model = MLModels.read(path("testdata/env/mapping_form"));
    Path dir = model.directory().orElseThrow();
    Object envValue = model.flavor("python_function").flatMap(f -> f.get("env")).orElse(null);
    Environment env = Environment.load(dir, envValue,
        model.locate("flavors", "python_function", "env"), ReadOptions.defaults());

    assertThat(env.form()).isEqualTo(Environment.Form.MAPPING);
    assertThat(env.condaFileName()).isEqualTo("envs/my_conda.yaml");
    assertThat(env.pythonVersion()).contains("3.11.9");
    assertThat(env.conda().orElseThrow().channels()).containsExactly("conda-forge");
    assertThat(env.virtualenv().orElseThrow().buildDependencies()).extracting(RequirementLine::text)
        .containsExactly("pip==24.2", "setuptools==75.1.0", "wheel==0.44.0");
    assertThat(env.environmentVariables().orElseThrow().names()).containsExactly("OPENAI_API_KEY", "DATABRICKS_HOST");
    assertThat(env.registeredModelMeta().orElseThrow().version()).contains("14");
  }

  @Test
  void requirementLines() {
    RequirementsFile reqs = RequirementsFile.read(path("testdata/env/requirement_forms/requirements.txt"),
        ReadOptions.defaults());
    Requirement numpy = reqs.find("NumPy").orElseThrow();
    assertThat(numpy.specifiers()).containsExactly(new Specifier("==", "1.26.*"));
    assertThat(numpy.marker()).isEqualTo("python_version < \"3.12\" and platform_system != \"Windows\"");
    assertThat(numpy.location().line()).isEqualTo(5);
    assertThat(reqs.find("mlflow").orElseThrow().extras()).containsExactly("gateway");
  }

  @Test
  void consistency() {
    MLModel model = MLModels.read(path("testdata/env/inconsistent"));
    Flavor pyfunc = model.flavor("python_function").orElseThrow();
    Environment env = Environment.load(model.directory().orElseThrow(), pyfunc.get("env").orElse(null),
        ReadOptions.defaults());
    List<Inconsistency> found = EnvironmentConsistency.check(env, pyfunc.get("python_version").orElse(null),
        pyfunc.locate("python_version"));
    assertThat(found).extracting(Inconsistency::problem).containsExactly(
        "conda.yaml asks for Python 3.10.4 but python_function.python_version says 3.11.2",
        "the pip list of conda.yaml differs from requirements.txt: only in conda.yaml [pandas], only in requirements.txt [numpy]");
  }
}
