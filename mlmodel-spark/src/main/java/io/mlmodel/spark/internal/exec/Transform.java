package io.mlmodel.spark.internal.exec;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.spark.BadRowPolicy;
import io.mlmodel.spark.internal.convert.InputPlan;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.ColumnarToRowExec;
import org.apache.spark.sql.execution.InputAdapter;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.jspecify.annotations.Nullable;

/**
 * {@link io.mlmodel.spark.SparkScoring#transform}: its output schema, and the scoring of a
 * DataFrame. The DataFrame is read as the rows its query makes inside Spark ({@code
 * queryExecution().toRdd()}), scored partition by partition ({@link PartitionScorer}) and turned
 * back into a DataFrame of the output schema ({@code internalCreateDataFrame}): the path Spark's
 * own data sources and Spark ML take, without the conversion of every row to an external {@code
 * Row} and back that a typed {@code mapPartitions} costs.
 *
 * <p>When the DataFrame's executed plan only turns a columnar source into rows (a cached
 * DataFrame's in-memory scan, a vectorized Parquet or ORC scan: a plan that {@code
 * supportsColumnar}, alone or under {@code ColumnarToRowExec} in its code-generated stage) and the model reads atomic
 * columns, the source's column batches ({@code executeColumnar()}) are scored instead of its rows:
 * the rows are never made, and the model's columns are read from the vectors in bulk
 * ({@link #columnarInput}). Any other plan keeps the row path. With a float or double prediction
 * and no error column, the scored column batches stay column batches: the DataFrame is a {@link
 * ScoredBatches} over them, under which Spark makes each output row once.
 *
 * <p>These calls ({@code toRdd}, {@code internalCreateDataFrame}, the executed plan's nodes and
 * {@code executeColumnar}) are Spark internals (public in the bytecode, not in Spark's API); this
 * class, {@link ScoredBatches} and {@link ScoredBatchesExec} are the places that depend on them.
 *
 * <p>Internal: public for {@code SparkScoring} (which applies the {@code spark} flavor's pipeline
 * itself, and only checks its column names here); not API.
 */
public final class Transform {
  private Transform() {}

  /** The input's columns, then the prediction column of type {@code prediction} (and the error column, if chosen). */
  public static StructType schema(Settings s, DataType prediction, StructType input) {
    checkNames(s, input);
    StructType out = input.add(new StructField(s.predictionCol(), prediction, true,
        org.apache.spark.sql.types.Metadata.empty()));
    if (s.badRows() == BadRowPolicy.ERROR_COLUMN) {
      out = out.add(s.errorCol(), DataTypes.StringType, true);
    }
    return out;
  }

  /** Fails when the prediction column, or the error column where there is one, is already an input column. */
  public static void checkNames(Settings s, StructType input) {
    for (String c : List.of(s.predictionCol(), s.errorCol())) {
      String taken = taken(input, c);
      if (taken != null && (c.equals(s.predictionCol()) || s.badRows() == BadRowPolicy.ERROR_COLUMN)) {
        throw new InputException("schema-mismatch", Location.UNKNOWN, c, "the input already has a column '" + taken
            + "'; choose another name for the " + (c.equals(s.predictionCol()) ? "prediction" : "error") + " column");
      }
    }
  }

  /**
   * The input column that {@code name} would clash with: the same name, or (as Spark resolves names
   * unless {@code spark.sql.caseSensitive} is set) the same name in another case; null if none.
   */
  private static @Nullable String taken(StructType input, String name) {
    boolean caseSensitive = org.apache.spark.sql.internal.SQLConf.get().caseSensitiveAnalysis();
    for (String f : input.fieldNames()) {
      if (caseSensitive ? f.equals(name) : f.equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }

  /**
   * {@code df} scored with a prediction column of type {@code prediction}; {@code scorers} gives the
   * scorer of one batch of rows of a schema, with the model shipped to a session (asked once, after
   * the DataFrame and its column names are checked).
   */
  public static Dataset<Row> scored(Dataset<Row> df, Settings s, DataType prediction,
      BiFunction<SparkSession, StructType, BatchScorer> scorers) {
    if (!(df instanceof org.apache.spark.sql.classic.Dataset<Row> classic)) {
      throw new InputException("unsupported", Location.UNKNOWN, null, "a Spark Connect DataFrame cannot be scored"
          + " in the JVM; score it in the Spark application that holds the data (classic Spark SQL)");
    }
    StructType schema = schema(s, prediction, df.schema());
    PartitionScorer scorer = new PartitionScorer(scorers.apply(df.sparkSession(), df.schema()), df.schema(),
        prediction, s.batchSize(), s.badRows() == BadRowPolicy.ERROR_COLUMN);
    RDD<ColumnarBatch> batches = columnarInput(classic, scorer.scorer().input());
    boolean primitive = prediction == DataTypes.FloatType || prediction == DataTypes.DoubleType;
    if (batches != null && primitive && s.badRows() != BadRowPolicy.ERROR_COLUMN) {
      return ScoredBatches.dataFrame(classic.sparkSession(), schema,
          ScoringEvaluator.map(batches, scorer, PartitionScorer::predicted, ColumnarBatch.class));
    }
    RDD<InternalRow> rows = batches != null
        ? ScoringEvaluator.map(batches, scorer, PartitionScorer::columnar, InternalRow.class)
        : ScoringEvaluator.map(classic.queryExecution().toRdd(), scorer, PartitionScorer::rows, InternalRow.class);
    return classic.sparkSession().internalCreateDataFrame(rows, schema, false);
  }

  /**
   * The column batches {@code df}'s query reads, when its executed plan is a plan that can give
   * column batches, turned into rows and nothing else (a cached DataFrame's {@code
   * InMemoryTableScanExec}, which Spark runs row-based when it is the whole plan; a vectorized
   * file scan under {@code ColumnarToRowExec}), whose columns are the DataFrame's, in order, and
   * the model reads its columns from vectors; null for any other plan, which is then read as rows.
   */
  static @Nullable RDD<ColumnarBatch> columnarInput(org.apache.spark.sql.classic.Dataset<Row> df, InputPlan input) {
    if (!input.readsVectors()) {
      return null;
    }
    SparkPlan source = df.queryExecution().executedPlan();
    while (source instanceof WholeStageCodegenExec || source instanceof ColumnarToRowExec || source instanceof InputAdapter) {
      source = source.children().head();
    }
    if (!source.supportsColumnar() || !sameColumns(source.schema(), df.schema())) {
      return null;
    }
    return source.executeColumnar();
  }

  private static boolean sameColumns(StructType a, StructType b) {
    if (a.fields().length != b.fields().length) {
      return false;
    }
    for (int i = 0; i < a.fields().length; i++) {
      if (!a.fields()[i].name().equals(b.fields()[i].name()) || !a.fields()[i].dataType().equals(b.fields()[i].dataType())) {
        return false;
      }
    }
    return true;
  }

  /** {@code scored} with the error column, all null, when the policy is {@link BadRowPolicy#ERROR_COLUMN}. */
  public static Dataset<Row> withNulls(Dataset<Row> scored, Settings s) {
    if (s.badRows() != BadRowPolicy.ERROR_COLUMN) {
      return scored;
    }
    return scored.withColumn(s.errorCol(), functions.lit(null).cast(DataTypes.StringType));
  }
}
