package io.mlmodel.server;

import io.mlmodel.data.PredictInput;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.enforce.Params;
import io.mlmodel.model.MLModel;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.PredictorLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A real loader for a test flavor {@code test_sleep}: loading sleeps {@code load_ms}, each
 * prediction sleeps {@code predict_ms} and answers the input tensor itself, or, with {@code
 * fail_with: TEXT}, throws an {@link IllegalStateException} of that text (a model's own bug). It
 * gives the timeout, in-flight, drain and readiness tests a model whose timing they control. It
 * counts the predictors closed while a prediction still ran on them ({@link #closedWhileRunning()}),
 * and remembers the thread of the last prediction ({@link #lastThread()}).
 */
public final class SleepLoader implements PredictorLoader {
  private static final java.util.concurrent.atomic.AtomicInteger CLOSED_WHILE_RUNNING =
      new java.util.concurrent.atomic.AtomicInteger();

  private static volatile String lastThread = "";

  /** The name of the thread the last prediction of this flavor ran on, in this JVM. */
  static String lastThread() {
    return lastThread;
  }

  /** How many predictors of this flavor were closed while a prediction ran on them, in this JVM. */
  static int closedWhileRunning() {
    return CLOSED_WHILE_RUNNING.get();
  }

  /** Writes a model folder of this flavor. */
  static Path model(Path dir, long loadMs, long predictMs) {
    return model(dir, loadMs, predictMs, "");
  }

  /** Writes a model folder of this flavor whose predictions throw {@code failWith} (unless empty). */
  static Path model(Path dir, long loadMs, long predictMs, String failWith) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("MLmodel"), "flavors:\n  test_sleep:\n    load_ms: " + loadMs + "\n    predict_ms: "
          + predictMs + "\n" + (failWith.isEmpty() ? "" : "    fail_with: '" + failWith + "'\n"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String name() {
    return "test_sleep";
  }

  @Override
  public List<String> flavors() {
    return List.of("test_sleep");
  }

  @Override
  public Class<? extends Predictor> predictorType() {
    return Predictor.class;
  }

  @Override
  public Optional<String> declines(MLModel model) {
    return Optional.empty();
  }

  @Override
  public Predictor load(MLModel model) {
    var config = model.flavor("test_sleep").orElseThrow().config();
    sleep(((Number) config.get("load_ms")).longValue());
    long predictMs = ((Number) config.get("predict_ms")).longValue();
    Object failWith = config.get("fail_with");
    java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
    return new Predictor() {
      @Override
      public MLModel model() {
        return model;
      }

      @Override
      public PredictOutput predict(PredictInput input, Params params) {
        running.incrementAndGet();
        lastThread = Thread.currentThread().getName();
        try {
          sleep(predictMs);
        } finally {
          running.decrementAndGet();
        }
        if (failWith != null) {
          throw new IllegalStateException(failWith.toString());
        }
        return input instanceof Tensor t ? t : Tensor.ofInts(new int[] {0}, 1);
      }

      @Override
      public void close() {
        if (running.get() > 0) {
          CLOSED_WHILE_RUNNING.incrementAndGet();
        }
      }
    };
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
