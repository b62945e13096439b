package io.mlmodel.env;

import static io.mlmodel.env.EnvTestData.dir;
import static io.mlmodel.env.EnvTestData.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentTest {

  @Test
  void stringFormNamesTheCondaFileAndDefaultsTheVirtualenv() {
    Environment env = load(dir("string_form"));
    assertThat(env.form()).isEqualTo(Environment.Form.STRING);
    assertThat(env.condaFileName()).isEqualTo("conda.yaml");
    assertThat(env.virtualenvFileName()).isEqualTo("python_env.yaml");
    CondaEnv conda = env.conda().orElseThrow();
    assertThat(conda.name()).isEqualTo("mlflow-env");
    assertThat(conda.channels()).containsExactly("defaults", "conda-forge");
    assertThat(conda.dependencies()).containsExactly("python=3.8.10", "pip");
    assertThat(conda.pip()).extracting(RequirementLine::text)
        .containsExactly("mlflow", "scikit-learn==0.24.2", "cloudpickle==1.6.0");
    assertThat(conda.python()).contains("3.8.10");
    assertThat(conda.pythonLocation().line()).isEqualTo(5);
    assertThat(env.virtualenv()).isEmpty();
    assertThat(env.pythonVersion()).contains("3.8.10");
    assertThat(env.requirements().orElseThrow().find("scikit_learn").orElseThrow().pinnedVersion()).isEqualTo("0.24.2");
  }

  @Test
  void mappingFormUsesTheNamedFilesAndReadsEverySideFile() {
    Environment env = load(dir("mapping_form"));
    assertThat(env.form()).isEqualTo(Environment.Form.MAPPING);
    assertThat(env.condaFileName()).isEqualTo("envs/my_conda.yaml");
    CondaEnv conda = env.conda().orElseThrow();
    assertThat(conda.file()).isEqualTo(dir("mapping_form").resolve("envs/my_conda.yaml"));
    assertThat(conda.extras()).containsEntry("prefix", "/opt/conda/envs/mlflow-env");
    assertThat(conda.pip().get(3)).isInstanceOf(FileReference.class);
    Requirement sklearn = (Requirement) conda.pip().get(1);
    assertThat(sklearn.extras()).containsExactly("alldeps");
    assertThat(sklearn.specifiers()).containsExactly(new Specifier(">=", "1.2"), new Specifier("<", "1.6"));
    Requirement pywin = (Requirement) conda.pip().get(2);
    assertThat(pywin.marker()).isEqualTo("sys_platform == \"win32\"");
    assertThat(pywin.location().line()).isEqualTo(9);

    PythonEnv venv = env.virtualenv().orElseThrow();
    assertThat(venv.python()).contains("3.11.9");
    assertThat(venv.buildDependencies()).extracting(RequirementLine::text)
        .containsExactly("pip==24.2", "setuptools==75.1.0", "wheel==0.44.0");
    assertThat(venv.dependencies()).containsExactly(new FileReference(FileReference.Kind.REQUIREMENTS,
        "requirements.txt", "-r requirements.txt", venv.dependencies().get(0).location()));

    assertThat(env.constraints().orElseThrow().requirements()).extracting(Requirement::name).containsExactly("numpy", "urllib3");
    assertThat(env.environmentVariables().orElseThrow().names()).containsExactly("OPENAI_API_KEY", "DATABRICKS_HOST");
    RegisteredModelMeta meta = env.registeredModelMeta().orElseThrow();
    assertThat(meta.name()).contains("churn-model");
    assertThat(meta.version()).contains("14");
    assertThat(EnvironmentConsistency.check(env, "3.11.9", Location.UNKNOWN)).isEmpty();
  }

  @Test
  void absentEnvKeyUsesMlflowsDefaultNames() {
    Environment env = load(dir("absent_form"));
    assertThat(env.form()).isEqualTo(Environment.Form.ABSENT);
    assertThat(env.condaFileName()).isEqualTo("conda.yaml");
    assertThat(env.virtualenvFileName()).isEqualTo("python_env.yaml");
    assertThat(env.conda()).isPresent();
    assertThat(env.virtualenv().orElseThrow().python()).contains("3.9.7");
    assertThat(env.requirements().orElseThrow().lines()).hasSize(1);
  }

  @Test
  void missingSideFilesAreEmptyNotErrors() {
    Environment env = load(dir("missing_files"));
    assertThat(env.conda()).isEmpty();
    assertThat(env.virtualenv()).isEmpty();
    assertThat(env.requirements()).isEmpty();
    assertThat(env.constraints()).isEmpty();
    assertThat(env.environmentVariables()).isEmpty();
    assertThat(env.registeredModelMeta()).isEmpty();
    assertThat(env.pythonVersion()).isEmpty();
  }

  @Test
  void brokenCondaYamlIsAnErrorLocatedInThatFile() {
    Path conda = dir("broken_conda").resolve("conda.yaml");
    assertThatThrownBy(() -> load(dir("broken_conda")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("yaml-syntax");
          // PyYAML: "mapping values are not allowed here, line 5, column 8".
          assertThat(e.location()).isEqualTo(new Location(conda, 5, 8, ""));
        });
  }

  @Test
  void condaDependencyOfTheWrongTypeIsLocated() {
    Path conda = dir("bad_conda_dependency").resolve("conda.yaml");
    assertThatThrownBy(() -> load(dir("bad_conda_dependency")))
        .isInstanceOf(ModelException.class)
        .hasMessage(conda + ":5:3: dependencies[1]: a conda dependency must be a string or {pip: [...]}, not the number 42");
  }

  @Test
  void unquotedPythonVersionThatYamlReadsAsANumberIsRefused() {
    Path file = dir("python_env_float").resolve("python_env.yaml");
    assertThatThrownBy(() -> load(dir("python_env_float")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("bad-env");
          assertThat(e.location()).isEqualTo(new Location(file, 1, 9, "python"));
          assertThat(e.problem()).startsWith("expected a string, found the number 3.1");
        });
  }

  @Test
  void unknownPythonEnvKeyIsRefusedAsMlflowDoes() {
    Path file = dir("python_env_unknown_key").resolve("python_env.yaml");
    assertThatThrownBy(() -> load(dir("python_env_unknown_key")))
        .isInstanceOf(ModelException.class)
        .hasMessage(file + ":4:1: channels: unknown key 'channels'; python_env.yaml allows only python,"
            + " build_dependencies and dependencies");
  }

  @Test
  void dotDotEscapeIsRefusedAtTheEnvKey() {
    Path mlmodel = dir("escape_dotdot").resolve("MLmodel");
    assertThatThrownBy(() -> load(dir("escape_dotdot")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("path-escape");
          assertThat(e.location().file()).isEqualTo(mlmodel);
          assertThat(e.location().line()).isEqualTo(4);
          assertThat(e.problem()).isEqualTo("'../string_form/conda.yaml' leads outside the model directory");
        });
  }

  @Test
  void absolutePathIsRefused() {
    assertThatThrownBy(() -> load(dir("absolute_path")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("path-escape");
          assertThat(e.location()).isEqualTo(new Location(dir("absolute_path").resolve("MLmodel"), 3, 10,
              "flavors.python_function.env"));
        });
  }

  @Test
  void symlinkedCondaFileLeadingOutsideIsRefused(@TempDir Path tmp) throws Exception {
    Path outside = Files.writeString(tmp.resolve("secret.yaml"), "dependencies: []\n");
    Path model = Files.createDirectory(tmp.resolve("model"));
    Files.createSymbolicLink(model.resolve("conda.yaml"), outside);
    assertThatThrownBy(() -> Environment.load(model, null, ReadOptions.defaults()))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.code()).isEqualTo("path-escape"));
  }

  @Test
  void symlinkInsideTheModelIsFollowed(@TempDir Path tmp) throws Exception {
    Path model = Files.createDirectory(tmp.resolve("model"));
    Files.writeString(model.resolve("real_conda.yaml"), "name: linked\n");
    Files.createSymbolicLink(model.resolve("conda.yaml"), Path.of("real_conda.yaml"));
    assertThat(Environment.load(model, null, ReadOptions.defaults()).conda().orElseThrow().name()).isEqualTo("linked");
  }

  @Test
  void windowsBackslashNamesResolveInsideTheModel() {
    Environment env = load(dir("windows_names"));
    assertThat(env.conda().orElseThrow().file()).isEqualTo(dir("windows_names").resolve("env").resolve("conda.yaml"));
    assertThat(env.virtualenv().orElseThrow().python()).contains("3.10.11");
  }

  @Test
  void envOfTheWrongTypeIsRefused() {
    assertThatThrownBy(() -> Environment.load(dir("missing_files"), List.of("conda.yaml"), ReadOptions.defaults()))
        .isInstanceOf(ModelException.class)
        .hasMessage(dir("missing_files").resolve("MLmodel") + ": flavors.python_function.env: env must be a file name"
            + " or a mapping {conda: ..., virtualenv: ...}, not a list");
    assertThatThrownBy(() -> Environment.load(dir("missing_files"), Map.of("conda", 7), ReadOptions.defaults()))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.location().keyPath())
            .isEqualTo("flavors.python_function.env.conda"));
  }

  @Test
  void inconsistentVersionsAndPipListsAreReported() {
    Environment env = load(dir("inconsistent"));
    Location at = new Location(dir("inconsistent").resolve("MLmodel"), 7, 21, "flavors.python_function.python_version");
    List<EnvironmentConsistency.Inconsistency> found = EnvironmentConsistency.check(env, "3.11.2", at);
    assertThat(found).extracting(EnvironmentConsistency.Inconsistency::code)
        .containsExactly("python-version-mismatch", "requirements-mismatch");
    assertThat(found.get(0).problem()).isEqualTo("conda.yaml asks for Python 3.10.4 but python_function.python_version says 3.11.2");
    assertThat(found.get(0).location().line()).isEqualTo(4);
    assertThat(found.get(1).problem()).isEqualTo("the pip list of conda.yaml differs from requirements.txt:"
        + " only in conda.yaml [pandas], only in requirements.txt [numpy]");
  }

  @Test
  void versionsAgreeOnTheComponentsBothGive() {
    assertThat(EnvironmentConsistency.sameVersion("3.11", "3.11.2")).isTrue();
    assertThat(EnvironmentConsistency.sameVersion("3.11.2", "3.11.2")).isTrue();
    assertThat(EnvironmentConsistency.sameVersion("3.11.2", "3.11.9")).isFalse();
    assertThat(EnvironmentConsistency.sameVersion("3.1", "3.10")).isFalse();
  }

  @Test
  void badRequirementLineIsLocatedAtItsLineAndColumn() {
    Path file = dir("bad_requirement").resolve("requirements.txt");
    assertThatThrownBy(() -> load(dir("bad_requirement")))
        .isInstanceOfSatisfying(ModelException.class, e -> {
          assertThat(e.code()).isEqualTo("bad-requirement");
          assertThat(e.location()).isEqualTo(new Location(file, 3, 21, ""));
          assertThat(e.problem()).isEqualTo("invalid requirement 'scikit-learn >= 1.2 garbage': a version operator,"
              + " ';' or the end of the line is expected at column 21, found 'g'");
        });
  }
}
