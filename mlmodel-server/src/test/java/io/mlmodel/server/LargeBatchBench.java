package io.mlmodel.server;

import io.mlmodel.predict.EnforcementOptions;
import io.mlmodel.predict.Params;
import io.mlmodel.predict.PredictOutput;
import io.mlmodel.predict.Predictions;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.predict.ScoringRequest;
import io.mlmodel.predict.ScoringRequests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The baseline of the large-batch row of bench/load.sh: what the server does for a request, without
 * the server, in one thread. {@code java ... LargeBatchBench MODEL_DIR BODY_FILE SECONDS} prints the
 * mean milliseconds of decode+enforce+predict, and of decode+enforce+predict+encode (the response
 * body written as the library writes it), each over SECONDS after as long a warm-up.
 */
public final class LargeBatchBench {
  private LargeBatchBench() {}

  public static void main(String[] args) throws Exception {
    byte[] body = Files.readAllBytes(Path.of(args[1]));
    long seconds = Long.parseLong(args[2]);
    EnforcementOptions options = EnforcementOptions.builder().maxRequestBytes(64L << 20).build();
    try (Predictor p = Predictors.load(Path.of(args[0]))) {
      for (boolean encode : new boolean[] {false, true}) {
        run(p, body, options, encode, seconds); // warm-up
        double ms = run(p, body, options, encode, seconds);
        System.out.println((encode ? "decode+enforce+predict+encode" : "decode+enforce+predict") + " "
            + String.format(Locale.ROOT, "%.3f", ms));
      }
    }
  }

  private static double run(Predictor p, byte[] body, EnforcementOptions options, boolean encode, long seconds) {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long start = System.nanoTime();
    int n = 0;
    long sink = 0;
    while (System.nanoTime() < end || n == 0) {
      ScoringRequest req = ScoringRequests.decode(new ByteArrayInputStream(body), "application/json",
          p.signature().orElse(null), options);
      PredictOutput out = p.predict(req.input(), Params.of(req.params()));
      if (encode) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(1 << 20);
        Predictions.write(out, b);
        sink += b.size();
      } else {
        sink += out.hashCode();
      }
      n++;
    }
    if (sink == 42) {
      System.out.println(StandardCharsets.UTF_8);
    }
    return (System.nanoTime() - start) / 1e6 / n;
  }
}
