package io.mlmodel.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The read-only reference material beside the clone (../shared): real MLmodel files and what
 * PyYAML and MLflow make of them. Tests over it skip when it is absent, unless the build sets
 * {@code mlmodel.requireShared=true} (as .ci/run does), which turns absence into a failure.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder; skips the calling test when it is absent and not required. */
  public static Path root() {
    Path root = Paths.get(System.getProperty("mlmodel.shared", "../shared")).toAbsolutePath().normalize();
    boolean present = Files.isDirectory(root.resolve("corpus"));
    if (!present && Boolean.getBoolean("mlmodel.requireShared")) {
      throw new AssertionError("mlmodel.requireShared is set but " + root + " has no corpus/");
    }
    assumeTrue(present, "no shared reference material at " + root);
    return root;
  }

  /** A reference folder: where the model is, and where the expectations for it are. */
  public record Case(String name, Path model, Path expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Every folder of corpus/models and fixtures-mlflow (except onnx_raw, which is no model). */
  public static List<Case> allModels() {
    Path root = root();
    List<Case> out = new ArrayList<>();
    out.addAll(list(root.resolve("corpus/models"), root.resolve("expected/corpus"), "corpus/"));
    out.addAll(list(root.resolve("fixtures-mlflow"), root.resolve("expected/fixtures-mlflow"), "fixtures-mlflow/"));
    return out;
  }

  /** Only the folders written by real MLflow 2.17.2. */
  public static List<Case> fixtures() {
    Path root = root();
    return list(root.resolve("fixtures-mlflow"), root.resolve("expected/fixtures-mlflow"), "fixtures-mlflow/");
  }

  private static List<Case> list(Path models, Path expected, String prefix) {
    try (Stream<Path> s = Files.list(models)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("MLmodel")))
          .sorted()
          .map(p -> new Case(prefix + p.getFileName(), p, expected.resolve(p.getFileName().toString())))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
