package io.mlmodel.spark.internal.ship;

import io.mlmodel.predict.Predictor;
import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * A model folder broadcast to the executors as the bytes of one zip: Spark sends it to each
 * executor once (in blocks, over its torrent broadcast), and the first task there that needs the
 * model unpacks and loads it into the {@link PredictorCache}, keyed by the zip's SHA-256.
 *
 * <p>Internal: public for the batch scorers of {@code io.mlmodel.spark.internal.exec}; not API.
 *
 * @param zip the broadcast archive
 * @param key the archive's SHA-256
 */
public record ShippedModel(Broadcast<byte[]> zip, String key) implements Serializable {

  static ShippedModel ship(SparkContext sc, byte[] zip, String key) {
    return new ShippedModel(JavaSparkContext.fromSparkContext(sc).broadcast(zip), key);
  }

  /** This JVM's predictor of the model, loaded on first use. */
  public Predictor predictor() {
    return PredictorCache.get(key, zip::value);
  }
}
