package io.mlmodel.validate;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.io.SafePaths;
import io.mlmodel.model.MLModel;
import io.mlmodel.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules look at: the folder, the model read from it, the read limits, and the findings
 * collected so far. Side files are opened only through the path check. A finding identical to
 * one already reported is dropped. Not thread-safe: one per validation.
 */
final class ModelContext {
  private final Path dir;
  private final YamlDocument document;
  private final MLModel model;
  private final ReadOptions options;
  private final Set<Finding> findings = new LinkedHashSet<>();

  ModelContext(Path dir, YamlDocument document, MLModel model, ReadOptions options) {
    this.dir = dir;
    this.document = document;
    this.model = model;
    this.options = options;
  }

  /** A context over the model in {@code dir} with the default limits, for testing one rule alone. */
  static ModelContext read(Path dir) {
    ModelSource.Loaded loaded = ModelSource.load(dir, ReadOptions.defaults());
    if (loaded.failure() != null) {
      throw loaded.failure();
    }
    return new ModelContext(dir, Objects.requireNonNull(loaded.document()), Objects.requireNonNull(loaded.model()),
        ReadOptions.defaults());
  }

  Path dir() {
    return dir;
  }

  /** The MLmodel document as parsed, signature included even when the model could not take it. */
  YamlDocument document() {
    return document;
  }

  MLModel model() {
    return model;
  }

  ReadOptions options() {
    return options;
  }

  void report(String code, Severity severity, Location at, String message) {
    findings.add(new Finding(code, severity, message, at));
  }

  void error(String code, Location at, String message) {
    report(code, Severity.ERROR, at, message);
  }

  void warning(String code, Location at, String message) {
    report(code, Severity.WARNING, at, message);
  }

  void info(String code, Location at, String message) {
    report(code, Severity.INFO, at, message);
  }

  /** Reports a failure of the library's readers as the error it stands for. */
  void report(ModelException e) {
    error(e.code(), e.location(), e.problem());
  }

  /**
   * The file {@code relative} names, when it is inside the folder and exists; otherwise reports
   * {@code path-escape} or {@code missing-file} (or {@code bad-path}) at {@code at} and returns empty.
   */
  Optional<Path> existingFile(String relative, Location at) {
    try {
      return Optional.of(SafePaths.resolveExisting(dir, relative, at));
    } catch (ModelException e) {
      report(e);
      return Optional.empty();
    }
  }

  /** The findings in the order they were reported. */
  List<Finding> findings() {
    return new ArrayList<>(findings);
  }
}
