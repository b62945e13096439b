package io.mlmodel.lightgbm;

import io.github.metarank.lightgbm4j.LGBMBooster;
import java.util.Optional;

/** Whether lightgbm4j's native libraries load here; probed once. */
final class NativeLgbm {
  private NativeLgbm() {}

  private static final class Probe {
    static final Optional<String> PROBLEM = probe();
  }

  static Optional<String> problem() {
    return Probe.PROBLEM;
  }

  private static Optional<String> probe() {
    try {
      LGBMBooster.loadNative();
      return Optional.empty();
    } catch (LinkageError | Exception e) {
      return Optional.of("lightgbm4j could not load its native library: " + e);
    }
  }
}
