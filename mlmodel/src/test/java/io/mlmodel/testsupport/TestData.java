package io.mlmodel.testsupport;

import java.nio.file.Path;

/** Our own hand-written fixtures under testdata/ (see testdata/README.md). */
public final class TestData {
  private TestData() {}

  /** The project folder, as the build names it. */
  public static Path basedir() {
    return Path.of(System.getProperty("mlmodel.basedir", ".")).toAbsolutePath().normalize();
  }

  /** A path under testdata/. */
  public static Path path(String relative) {
    return basedir().resolve("testdata").resolve(relative);
  }

  /** The hand-written tracking folder testdata/mlruns. */
  public static Path mlruns() {
    return path("mlruns");
  }
}
