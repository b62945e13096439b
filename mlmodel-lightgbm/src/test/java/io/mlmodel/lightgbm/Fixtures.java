package io.mlmodel.lightgbm;

import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.predict.Predictor;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.request.ScoringRequests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The folders of testdata/lightgbm, written by make_fixtures.sh, and their probe rows. */
final class Fixtures {
  private Fixtures() {}

  static Path root() {
    return Paths.get(System.getProperty("mlmodel.testdata", "../testdata")).toAbsolutePath().normalize()
        .resolve("lightgbm");
  }

  static Path dir(String name) {
    return root().resolve(name);
  }

  static String probeBody() {
    try {
      return Files.readString(root().resolve("probe.input.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The probe rows decoded as MLflow's scoring server decodes them for this predictor's model. */
  static ScoringRequest probe(Predictor p) {
    return ScoringRequests.decodeJson(probeBody(), p.signature().orElse(null), EnforcementOptions.defaults());
  }

  /** The probe rows as plain doubles, NaN for null. */
  static double[][] probeRows() {
    String data = probeBody().replaceAll("(?s).*\"data\": \\[\\s*", "").replaceAll("(?s)]}}\\s*$", "");
    return java.util.Arrays.stream(data.split("],\\s*"))
        .map(r -> java.util.Arrays.stream(r.replace("[", "").replace("]", "").split(",\\s*"))
            .mapToDouble(c -> c.trim().equals("null") ? Double.NaN : Double.parseDouble(c.trim())).toArray())
        .toArray(double[][]::new);
  }
}
