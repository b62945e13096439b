package io.mlmodel.cli;

import java.nio.file.Path;

/**
 * Turns a command-line model argument into a folder. Every command goes through here, so that
 * whatever forms of model location the library understands work everywhere.
 */
final class Targets {
  private Targets() {}

  /** The model folder (or MLmodel file) that {@code arg} names. */
  static Path resolve(String arg) {
    return Path.of(arg);
  }
}
