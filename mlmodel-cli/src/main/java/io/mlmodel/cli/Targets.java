package io.mlmodel.cli;

import io.mlmodel.store.ModelLocations;
import java.nio.file.Path;

/**
 * Turns a command-line model argument into a folder. Every command goes through here, so that
 * whatever forms of model location the library understands work everywhere: folders, MLmodel
 * files, {@code file:} URIs, and {@code runs:/} and {@code models:/} URIs against the tracking
 * folder named by {@code MLFLOW_TRACKING_URI} (default {@code ./mlruns}).
 */
final class Targets {
  private Targets() {}

  /**
   * The model folder (or MLmodel file) that {@code arg} names.
   *
   * @throws io.mlmodel.ModelException when a URI is malformed, names a remote store, or names
   *     nothing in the tracking folder
   */
  static Path resolve(String arg) {
    return ModelLocations.resolve(arg);
  }
}
