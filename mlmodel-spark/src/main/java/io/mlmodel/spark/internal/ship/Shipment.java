package io.mlmodel.spark.internal.ship;

import io.mlmodel.model.MLModel;
import io.mlmodel.spark.internal.convert.SparkOut;
import java.nio.file.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link io.mlmodel.spark.SparkScoring} keeps per Spark application: the broadcast of its
 * model folder (made at the first use in an application, made again for a new one) or, for the
 * {@code spark} flavor, the pipeline loaded on the driver. Thread-safe.
 *
 * <p>Internal: public for {@code SparkScoring}; not API.
 */
public final class Shipment {
  private final MLModel model;
  private final Path dir;
  private @Nullable ShippedModel shipped;
  private @Nullable SparkContext shippedTo;
  private @Nullable SparkFlavor flavor;
  private @Nullable SparkContext flavorFor;

  public Shipment(MLModel model, Path dir) {
    this.model = model;
    this.dir = dir;
  }

  /** The model, broadcast to {@code spark}'s application. */
  public synchronized ShippedModel ship(SparkSession spark) {
    if (shipped == null || shippedTo != spark.sparkContext()) {
      byte[] zip = ModelArchive.zip(dir);
      shipped = ShippedModel.ship(spark.sparkContext(), zip, ModelArchive.key(zip));
      shippedTo = spark.sparkContext();
    }
    return shipped;
  }

  /** The {@code spark} flavor's pipeline, loaded for {@code spark}'s application. */
  public synchronized SparkFlavor flavor(SparkSession spark) {
    if (flavor == null || flavorFor != spark.sparkContext()) {
      flavor = SparkFlavor.load(spark, model, dir);
      flavorFor = spark.sparkContext();
    }
    return flavor;
  }

  /** How predictions become Spark values in {@code spark}'s session (time zone, java.time API). */
  public static SparkOut out(SparkSession spark) {
    return new SparkOut(spark.conf().get("spark.sql.session.timeZone"),
        Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false")));
  }
}
