package io.mlmodel.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.Location;
import io.mlmodel.ReadOptions;
import io.mlmodel.testsupport.SharedData;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The environment files of every real model folder parse. */
class SharedEnvironmentTest {

  static List<SharedData.Case> fixtures() {
    return SharedData.fixtures();
  }

  static List<SharedData.Case> allModels() {
    return SharedData.allModels();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void mlflowWrittenEnvironmentsParseAndAgree(SharedData.Case c) throws Exception {
    Map<?, ?> pyfunc = EnvTestData.pyfunc(c.model());
    Environment env = EnvTestData.load(c.model());
    assertThat(env.form()).isEqualTo(Environment.Form.MAPPING);
    // The fixtures were written by Python 3.11.2 with pip 23.0.1 (see fixtures-mlflow/README.md).
    assertThat(env.conda().orElseThrow().python()).contains("3.11.2");
    assertThat(env.conda().orElseThrow().dependencies()).containsExactly("python=3.11.2", "pip<=23.0.1");
    assertThat(env.virtualenv().orElseThrow().python()).contains("3.11.2");
    assertThat(env.virtualenv().orElseThrow().buildDependencies()).extracting(RequirementLine::text)
        .containsExactly("pip==23.0.1", "setuptools==66.1.1", "wheel==0.38.4");

    // Each requirements.txt line, split here independently, is a name and its specifiers.
    List<String> lines = List.of(Files.readString(c.model().resolve("requirements.txt")).split("\n"));
    List<Requirement> reqs = env.requirements().orElseThrow().requirements();
    assertThat(reqs).hasSameSizeAs(lines);
    for (int i = 0; i < lines.size(); i++) {
      Requirement r = reqs.get(i);
      String rebuilt = r.name() + r.specifiers().stream().map(Specifier::toString).collect(Collectors.joining(","));
      assertThat(rebuilt).isEqualTo(lines.get(i));
      assertThat(r.location().line()).isEqualTo(i + 1);
    }
    assertThat(reqs.get(0).name()).isEqualTo("mlflow");
    assertThat(reqs.get(0).pinnedVersion()).isEqualTo("2.17.2");
    assertThat(EnvironmentConsistency.check(env, pyfunc.get("python_version"), Location.UNKNOWN)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allModels")
  void everyRealEnvironmentParses(SharedData.Case c) {
    Map<?, ?> pyfunc = EnvTestData.pyfunc(c.model());
    Environment env = EnvTestData.load(c.model());
    // Every side file present on disk is read.
    assertThat(env.conda().isPresent()).isEqualTo(Files.exists(c.model().resolve(env.condaFileName())));
    assertThat(env.requirements().isPresent()).isEqualTo(Files.exists(c.model().resolve("requirements.txt")));
    assertThat(env.registeredModelMeta().isPresent()).isEqualTo(Files.exists(c.model().resolve("registered_model_meta")));
    List<String> names = new ArrayList<>();
    env.requirements().ifPresent(r -> r.requirements().forEach(q -> names.add(q.name())));
    assertThat(names).allMatch(n -> n.matches("[A-Za-z0-9][A-Za-z0-9._-]*"));
    if (pyfunc != null && env.form() == Environment.Form.ABSENT) {
      // Two corpus files write "env: null", which means the same as no key.
      assertThat(pyfunc.get("env")).isNull();
    }
  }
}
