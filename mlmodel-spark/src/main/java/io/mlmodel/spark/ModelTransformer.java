package io.mlmodel.spark;

import io.mlmodel.enforce.Params;
import java.util.List;
import java.util.Locale;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.DefaultParamsReadable;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * {@link SparkScoring} as a Spark ML {@code Transformer}, so that an MLflow model is a stage of a
 * {@code Pipeline} and is saved and loaded with it by Spark ML's own persistence (only the params
 * are written: the model is found again by its URI when the loaded stage first transforms).
 *
 * <pre>{@code
 * ModelTransformer score = new ModelTransformer().setModelUri("models:/churn/3").setBatchSize(4096);
 * PipelineModel pipeline = new Pipeline().setStages(new PipelineStage[] {prepare, score}).fit(train);
 * pipeline.write().overwrite().save("/models/churn-pipeline");
 * PipelineModel.load("/models/churn-pipeline").transform(customers);
 * }</pre>
 *
 * <p>Params: {@code modelUri} (required), {@code batchSize} (default 1024), {@code badRows}
 * ({@code fail}, the default, or {@code error-column}), {@code predictionCol} (default {@code
 * prediction}), {@code errorCol} (default {@code error}). Like every Spark ML stage it is mutable
 * through its setters and not thread-safe while being set; {@link #transform} itself may run from
 * several threads.
 */
public final class ModelTransformer extends Transformer implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  /** This stage's unique id in a pipeline. */
  private final String uid;
  /** The model's URI (required). */
  private final Param<String> modelUri;
  /** The most rows per model call. */
  private final IntParam batchSize;
  /** {@code fail} or {@code error-column}. */
  private final Param<String> badRows;
  /** The prediction column's name. */
  private final Param<String> predictionCol;
  /** The error column's name. */
  private final Param<String> errorCol;
  private transient @Nullable SparkScoring scoring;
  /** The params {@link #scoring} was built with. */
  private transient @Nullable List<Object> scoredWith;

  /** A transformer with a random uid. */
  public ModelTransformer() {
    this(Identifiable.randomUID("mlmodel"));
  }

  /**
   * A transformer with this uid (what Spark ML's persistence calls when loading).
   *
   * @param uid the stage's unique id
   */
  public ModelTransformer(String uid) {
    this.uid = uid;
    this.modelUri = new Param<>(this, "modelUri", "the MLflow model's URI: a path, runs:/ or models:/");
    this.batchSize = new IntParam(this, "batchSize", "rows per model call", ParamValidators.gtEq(1));
    this.badRows = new Param<>(this, "badRows", "what a bad row does: fail or error-column",
        ParamValidators.inArray(new String[] {"fail", "error-column"}));
    this.predictionCol = new Param<>(this, "predictionCol", "the prediction column's name");
    this.errorCol = new Param<>(this, "errorCol", "the error column's name (badRows = error-column)");
    setDefault(batchSize, 1024);
    setDefault(badRows, "fail");
    setDefault(predictionCol, "prediction");
    setDefault(errorCol, "error");
  }

  /**
   * Spark ML's reader of saved transformers (found by reflection when a Pipeline is loaded).
   *
   * @return a reader
   */
  public static MLReader<ModelTransformer> read() {
    return new DefaultParamsReadable<ModelTransformer>() {}.read();
  }

  /**
   * Loads a transformer saved with {@code write().save(path)}.
   *
   * @param path where it was saved (any Hadoop file system path)
   * @return the transformer, with its params
   */
  public static ModelTransformer load(String path) {
    return read().load(path);
  }

  @Override
  public String uid() {
    return uid;
  }

  /**
   * The model URI param.
   *
   * @return the param
   */
  public Param<String> modelUri() {
    return modelUri;
  }

  /**
   * The batch size param.
   *
   * @return the param
   */
  public IntParam batchSize() {
    return batchSize;
  }

  /**
   * The bad-row policy param ({@code fail} or {@code error-column}).
   *
   * @return the param
   */
  public Param<String> badRows() {
    return badRows;
  }

  /**
   * The prediction column param.
   *
   * @return the param
   */
  public Param<String> predictionCol() {
    return predictionCol;
  }

  /**
   * The error column param.
   *
   * @return the param
   */
  public Param<String> errorCol() {
    return errorCol;
  }

  /**
   * Sets the model URI.
   *
   * @param value a path, {@code file:}, {@code runs:/} or {@code models:/} URI
   * @return this transformer
   */
  public ModelTransformer setModelUri(String value) {
    return with(modelUri, value);
  }

  /**
   * Sets the rows per model call.
   *
   * @param value at least 1
   * @return this transformer
   */
  public ModelTransformer setBatchSize(int value) {
    set(batchSize, value);
    scoring = null;
    return this;
  }

  /**
   * Sets the bad-row policy.
   *
   * @param value the policy
   * @return this transformer
   */
  public ModelTransformer setBadRows(BadRowPolicy value) {
    return with(badRows, value == BadRowPolicy.FAIL ? "fail" : "error-column");
  }

  /**
   * Sets the prediction column's name.
   *
   * @param value the column name
   * @return this transformer
   */
  public ModelTransformer setPredictionCol(String value) {
    return with(predictionCol, value);
  }

  /**
   * Sets the error column's name.
   *
   * @param value the column name
   * @return this transformer
   */
  public ModelTransformer setErrorCol(String value) {
    return with(errorCol, value);
  }

  private ModelTransformer with(Param<String> p, String value) {
    set(p, value);
    scoring = null;
    return this;
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    return scoring().transform(dataset.toDF());
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return scoring().transformSchema(schema);
  }

  @Override
  public ModelTransformer copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  /**
   * The scoring of the current params, built again when they changed since the last one: a param
   * may also be set through Spark ML's generic {@code set(param, value)}, which the setters here
   * do not see.
   */
  private synchronized SparkScoring scoring() {
    if (!isDefined(modelUri)) {
      throw new IllegalArgumentException("ModelTransformer " + uid + ": modelUri is not set");
    }
    List<Object> now = List.of(getOrDefault(modelUri), getOrDefault(batchSize), getOrDefault(badRows),
        getOrDefault(predictionCol), getOrDefault(errorCol));
    if (scoring == null || !now.equals(scoredWith)) {
      scoring = SparkScoring.builder(getOrDefault(modelUri))
          .batchSize((Integer) getOrDefault(batchSize))
          .badRows(getOrDefault(badRows).toLowerCase(Locale.ROOT).equals("fail") ? BadRowPolicy.FAIL
              : BadRowPolicy.ERROR_COLUMN)
          .predictionCol(getOrDefault(predictionCol))
          .errorCol(getOrDefault(errorCol))
          .build();
      scoredWith = now;
    }
    return scoring;
  }
}
