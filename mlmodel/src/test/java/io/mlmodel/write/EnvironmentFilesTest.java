package io.mlmodel.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.ReadOptions;
import io.mlmodel.testsupport.SharedData;
import io.mlmodel.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The environment files MLflow 2.17.2 wrote into each fixture, rebuilt from their content. */
class EnvironmentFilesTest {

  static List<SharedData.Case> fixtures() {
    return SharedData.fixtures();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void requirementsTxtIsMlflowsBytes(SharedData.Case c) throws Exception {
    String file = Files.readString(c.model().resolve("requirements.txt"));
    assertThat(EnvironmentFiles.requirementsTxt(List.of(file.split("\n")))).isEqualTo(file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  @SuppressWarnings("unchecked")
  void defaultCondaYamlIsMlflowsBytes(SharedData.Case c) throws Exception {
    Path path = c.model().resolve("conda.yaml");
    String file = Files.readString(path);
    Map<String, Object> env = (Map<String, Object>) YamlReader.read(path, ReadOptions.defaults()).root();
    assertThat(EnvironmentFiles.condaYaml(env)).isEqualTo(file);

    List<Object> deps = (List<Object>) env.get("dependencies");
    String python = ((String) deps.get(0)).substring("python=".length());
    String pip = ((String) deps.get(1)).substring("pip<=".length());
    List<String> requirements = List.of(Files.readString(c.model().resolve("requirements.txt")).split("\n"));
    assertThat(EnvironmentFiles.defaultCondaYaml(python, pip, requirements)).isEqualTo(file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  @SuppressWarnings("unchecked")
  void pythonEnvYamlIsMlflowsBytes(SharedData.Case c) throws Exception {
    Path path = c.model().resolve("python_env.yaml");
    Map<String, Object> env = (Map<String, Object>) YamlReader.read(path, ReadOptions.defaults()).root();
    String text = EnvironmentFiles.pythonEnvYaml((String) env.get("python"),
        (List<String>) env.get("build_dependencies"), (List<String>) env.get("dependencies"));
    assertThat(text).isEqualTo(Files.readString(path));
  }

  @Test
  void theDocumentedDefaultCondaYaml() {
    assertThat(EnvironmentFiles.defaultCondaYaml("3.11.9", "24.2",
        List.of("mlflow==3.6.0", "cloudpickle==3.1.1", "scikit-learn==1.5.2"))).isEqualTo("""
        channels:
        - conda-forge
        dependencies:
        - python=3.11.9
        - pip<=24.2
        - pip:
          - mlflow==3.6.0
          - cloudpickle==3.1.1
          - scikit-learn==1.5.2
        name: mlflow-env
        """);
    assertThat(EnvironmentFiles.defaultCondaYaml("3.8.10", null, List.of("mlflow")))
        .contains("- pip\n- pip:\n  - mlflow\n");
  }

  @Test
  void pythonEnvYamlDropsEmptyValuesAndKeepsItsOrder() {
    assertThat(EnvironmentFiles.pythonEnvYaml(null, List.of(), List.of("-r requirements.txt")))
        .isEqualTo("dependencies:\n- -r requirements.txt\n");
    assertThat(EnvironmentFiles.pythonEnvYaml("3.10", List.of("pip"), List.of()))
        .isEqualTo("python: '3.10'\nbuild_dependencies:\n- pip\n");
  }

  @Test
  void aRequirementWithALineBreakIsRefused() {
    assertThatThrownBy(() -> EnvironmentFiles.requirementsTxt(List.of("a\nb")))
        .hasMessage("a requirement cannot contain a line break: 'a\nb'");
  }
}
