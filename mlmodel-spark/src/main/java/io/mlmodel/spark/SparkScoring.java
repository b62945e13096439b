package io.mlmodel.spark;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.model.MLModel;
import io.mlmodel.signature.Schema;
import io.mlmodel.spark.internal.convert.InputPlan;
import io.mlmodel.spark.internal.convert.OutputPlan;
import io.mlmodel.spark.internal.exec.BatchScorer;
import io.mlmodel.spark.internal.exec.ScoringUdf;
import io.mlmodel.spark.internal.exec.Settings;
import io.mlmodel.spark.internal.exec.Transform;
import io.mlmodel.spark.internal.ship.Shipment;
import io.mlmodel.spark.internal.ship.SparkFlavor;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Scores a DataFrame with an MLflow model: the JVM counterpart of {@code mlflow.pyfunc.spark_udf},
 * running in the executors themselves. Any model URI the library resolves ({@code runs:/},
 * {@code models:/}, a path) and any model a {@link io.mlmodel.predict.Predictor} runs (ONNX...),
 * plus the {@code spark} flavor natively with Spark ML.
 *
 * <pre>{@code
 * SparkScoring scoring = SparkScoring.builder("models:/churn/3").batchSize(4096).build();
 * Dataset<Row> scored = scoring.transform(spark.read().parquet("customers.parquet"));
 * scoring.register(spark, "churn");      // SELECT churn(struct(*)) FROM customers
 * }</pre>
 *
 * <p>{@link #transform} matches the DataFrame's columns to the signature's inputs by name, gives
 * them to the model in batches of at most {@code batchSize} rows in each partition (the predictor
 * enforces the signature, with MLflow's rules and messages) and appends the prediction column,
 * typed from the signature's outputs ({@link #predictionType()}), and with {@link
 * BadRowPolicy#ERROR_COLUMN} an error column. A cached DataFrame or a Parquet file read directly
 * is read from Spark's column batches rather than its rows, which is faster and gives the same
 * result (docs/spark.md). The model folder is broadcast once per Spark application and loaded once
 * per executor JVM.
 *
 * <p>Immutable apart from that per-application shipment; safe to use from several driver threads.
 * Bad settings and unreadable models fail in {@link SparkScoringBuilder#build()} with an {@link
 * IllegalArgumentException} or the core's {@link ModelException}; input columns that do not match
 * the signature fail in {@link #transform} with an {@link InputException}.
 */
public final class SparkScoring {
  private final Settings settings;
  private final MLModel model;
  private final Path dir;
  private final OutputPlan output;
  private final Shipment shipment;

  SparkScoring(Settings settings, MLModel model, Path dir) {
    this.settings = settings;
    this.model = model;
    this.dir = dir;
    this.output = OutputPlan.of(model.signature().orElse(null));
    this.shipment = new Shipment(model, dir);
  }

  /**
   * A builder for scoring with the model at {@code modelUri}.
   *
   * @param modelUri a path, {@code file:}, {@code runs:/} or {@code models:/} URI
   * @return a builder with the defaults
   */
  public static SparkScoringBuilder builder(String modelUri) {
    return new SparkScoringBuilder(modelUri);
  }

  /**
   * The model, as read on the driver.
   *
   * @return the model
   */
  public MLModel model() {
    return model;
  }

  /**
   * The type of the prediction column: the signature's one output's type, a struct of its
   * outputs, or {@code double} for a model without an output schema (MLflow's default). For the
   * {@code spark} flavor, the pipeline's own prediction type (see {@link #transformSchema}).
   *
   * @return the prediction column's type
   */
  public DataType predictionType() {
    return output.type();
  }

  /**
   * The schema {@link #transform} gives for an input of schema {@code input}.
   *
   * @param input the input DataFrame's schema
   * @return the input's columns, then the prediction column (and the error column, if chosen)
   */
  public StructType transformSchema(StructType input) {
    if (SparkFlavor.applies(model)) {
      Transform.checkNames(settings, input);
      return transform(SparkSession.active().createDataFrame(List.of(), input)).schema();
    }
    return Transform.schema(settings, predictionType(), input);
  }

  /**
   * {@code df} with the prediction column (and the error column, if chosen) appended.
   *
   * @param df the rows to score; its columns are matched to the signature by name
   * @return a DataFrame of the same rows, lazily scored
   */
  public Dataset<Row> transform(Dataset<Row> df) {
    if (SparkFlavor.applies(model)) {
      Transform.checkNames(settings, df.schema());
      return Transform.withNulls(shipment.flavor(df.sparkSession()).transform(df, settings.predictionCol()), settings);
    }
    return Transform.scored(df, settings, predictionType(), this::scorer);
  }

  /**
   * A UDF of one struct argument whose fields are matched to the signature by name, as {@code
   * spark_udf(...)(struct("a", "b"))}; returns the prediction (a null one for a bad row when the
   * policy is {@link BadRowPolicy#ERROR_COLUMN}). It scores one row per call: {@link #transform}
   * batches and is the faster way.
   *
   * @param spark the session the model is shipped to
   * @return the UDF
   */
  public UserDefinedFunction udf(SparkSession spark) {
    if (SparkFlavor.applies(model)) {
      throw new ModelException("unsupported", Location.of(dir.resolve("MLmodel")).withKeyPath("flavors.spark"),
          "a Spark ML pipeline runs over a whole DataFrame, not as a UDF; use transform");
    }
    return org.apache.spark.sql.functions.udf(new ScoringUdf(shipment.ship(spark), inputSchema(), output, Shipment.out(spark),
        settings.params(), settings.badRows()), output.type());
  }

  /**
   * Registers {@link #udf} under {@code name} for SQL.
   *
   * @param spark the session to register in
   * @param name the SQL function's name
   * @return the registered UDF
   */
  public UserDefinedFunction register(SparkSession spark, String name) {
    return spark.udf().register(name, udf(spark));
  }

  @Nullable Schema inputSchema() {
    return model.signature().flatMap(s -> s.inputs()).orElse(null);
  }

  OutputPlan output() {
    return output;
  }

  /** The scorer of one batch of rows of schema {@code df}, with the model shipped to {@code spark}. */
  BatchScorer scorer(SparkSession spark, StructType df) {
    InputPlan input = InputPlan.of(df, inputSchema());
    return new BatchScorer(shipment.ship(spark), input, output, Shipment.out(spark), settings.params(), settings.badRows());
  }
}
