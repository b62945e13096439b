package io.mlmodel.spark.internal.ship;

import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The predictors of one executor JVM, one per shipped model (keyed by the archive's SHA-256):
 * unpacked and loaded by the first task that needs it, shared by every task after it, closed by
 * {@link io.mlmodel.spark.ScoringPlugin} when the executor stops (and by a JVM shutdown hook where
 * the plugin is not configured). Thread-safe: tasks of one executor run on several threads, and the
 * predictors this module runs are thread-safe.
 *
 * <p>Internal: public for {@code ScoringPlugin} (and the tests' counts); not API.
 */
public final class PredictorCache {
  private static final System.Logger LOG = System.getLogger(PredictorCache.class.getName());
  private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();
  private static final AtomicInteger LOADS = new AtomicInteger();
  private static final Thread HOOK = new Thread(PredictorCache::closeAll, "mlmodel-spark-close");

  static {
    Runtime.getRuntime().addShutdownHook(HOOK);
  }

  private PredictorCache() {}

  private record Entry(Predictor predictor, Path dir) {}

  /** The predictor of the model {@code key}, unpacking {@code zip} and loading it the first time. */
  static Predictor get(String key, Supplier<byte[]> zip) {
    return ENTRIES.computeIfAbsent(key, k -> load(k, zip.get())).predictor();
  }

  private static Entry load(String key, byte[] zip) {
    Path dir;
    try {
      dir = Files.createTempDirectory("mlmodel-spark-" + key.substring(0, 12) + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a folder for the model", e);
    }
    try {
      ModelArchive.unzip(zip, dir);
      Predictor p = Predictors.load(dir);
      LOADS.incrementAndGet();
      LOG.log(System.Logger.Level.DEBUG, "loaded model {0} into {1}", key, dir);
      return new Entry(p, dir);
    } catch (RuntimeException e) {
      ModelArchive.delete(dir);
      throw e;
    }
  }

  /** Closes every predictor and deletes its folder; later tasks load the model again. */
  public static void closeAll() {
    List<String> keys = new ArrayList<>(ENTRIES.keySet());
    for (String k : keys) {
      Entry e = ENTRIES.remove(k);
      if (e != null) {
        e.predictor().close();
        ModelArchive.delete(e.dir());
      }
    }
  }

  /** How many models this JVM has loaded since it started (for tests). */
  public static int loads() {
    return LOADS.get();
  }

  /** How many models are loaded now (for tests). */
  public static int size() {
    return ENTRIES.size();
  }
}
