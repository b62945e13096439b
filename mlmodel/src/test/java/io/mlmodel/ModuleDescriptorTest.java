package io.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The JPMS module: what it exports and requires, and that it runs on the module path. */
class ModuleDescriptorTest {
  private static final Path CLASSES = Path.of(System.getProperty("mlmodel.classes", "mlmodel/target/classes"));
  private static final Path TEST_CLASSES =
      Path.of(System.getProperty("mlmodel.testClasses", "mlmodel/target/test-classes"));

  private static ModuleDescriptor descriptor() {
    return ModuleFinder.of(CLASSES).find("io.mlmodel").orElseThrow().descriptor();
  }

  @Test
  void exportsOnlyThePublicPackages() {
    Set<String> exported = descriptor().exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrder("io.mlmodel", "io.mlmodel.model", "io.mlmodel.signature",
        "io.mlmodel.env", "io.mlmodel.example", "io.mlmodel.write", "io.mlmodel.data", "io.mlmodel.enforce",
        "io.mlmodel.request", "io.mlmodel.predict", "io.mlmodel.validate", "io.mlmodel.store",
        "io.mlmodel.data.internal", "io.mlmodel.io");
    assertThat(descriptor().exports()).filteredOn(ModuleDescriptor.Exports::isQualified)
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("io.mlmodel.data.internal", "io.mlmodel.io");
    assertThat(descriptor().exports()).filteredOn(e -> e.source().equals("io.mlmodel.data.internal"))
        .flatExtracting(ModuleDescriptor.Exports::targets)
        .containsExactlyInAnyOrder("io.mlmodel.onnx", "io.mlmodel.xgboost", "io.mlmodel.lightgbm", "io.mlmodel.spark");
    assertThat(descriptor().packages()).contains("io.mlmodel.yaml", "io.mlmodel.enforce.internal",
        "io.mlmodel.request.internal").doesNotContain("io.mlmodel.cli", "io.mlmodel.onnx", "io.mlmodel.testing");
  }

  @Test
  void optionalIntegrationsAreStaticRequires() {
    for (ModuleDescriptor.Requires r : descriptor().requires()) {
      boolean optional = List.of("org.jspecify").contains(r.name());
      assertThat(r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)).as(r.name()).isEqualTo(optional);
    }
    assertThat(descriptor().requires().stream().map(ModuleDescriptor.Requires::name))
        .contains("org.snakeyaml.engine", "tools.jackson.databind");
    assertThat(descriptor().requires().stream().map(ModuleDescriptor.Requires::name))
        .doesNotContain("info.picocli", "org.junit.jupiter.api", "org.assertj.core", "com.microsoft.onnxruntime");
    assertThat(descriptor().provides()).isEmpty();
    assertThat(descriptor().uses()).containsExactlyInAnyOrder("io.mlmodel.predict.PredictorLoader",
        "io.mlmodel.store.ModelUriResolver");
  }

  /** The core on the module path with only its required modules: no onnxruntime, no picocli. */
  @Test
  void readsAModelOnTheModulePath() throws Exception {
    List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    String modules = classPath.stream()
        .filter(e -> e.contains("snakeyaml-engine") || e.contains("jackson-core") || e.contains("jackson-databind")
            || e.contains("jackson-annotations"))
        .collect(Collectors.joining(File.pathSeparator));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "--module-path", CLASSES + File.pathSeparator + modules,
        "--add-modules", "io.mlmodel", "-cp", TEST_CLASSES.toString(),
        "modulecheck.ModuleSmoke", "testdata/models/mlflow1_sklearn")
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("module=io.mlmodel\n", "flavors=[python_function, sklearn]\n", "signature=true\n");
    assertThat(Files.exists(CLASSES.resolve("module-info.class"))).isTrue();
  }
}
