package io.mlmodel.spark;

import io.mlmodel.spark.internal.ship.PredictorCache;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.SparkPlugin;
import org.jspecify.annotations.Nullable;

/**
 * Closes the models an executor loaded when the executor stops, so their native memory is
 * released with the executor rather than at JVM exit. Enable it with
 * {@code --conf spark.plugins=io.mlmodel.spark.ScoringPlugin}; without it a JVM shutdown hook
 * closes them. It has no driver side.
 *
 * <pre>{@code
 * SparkSession.builder().config("spark.plugins", ScoringPlugin.class.getName()).getOrCreate();
 * }</pre>
 *
 * <p>Spark creates one instance per JVM; stateless and thread-safe.
 */
public final class ScoringPlugin implements SparkPlugin {

  /** Spark instantiates plugins by their public no-argument constructor. */
  public ScoringPlugin() {}

  @Override
  public @Nullable DriverPlugin driverPlugin() {
    return null;
  }

  @Override
  public ExecutorPlugin executorPlugin() {
    return new ExecutorPlugin() {
      @Override
      public void shutdown() {
        PredictorCache.closeAll();
      }
    };
  }
}
