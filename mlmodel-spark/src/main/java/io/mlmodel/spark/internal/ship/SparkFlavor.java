package io.mlmodel.spark.internal.ship;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.io.SafePaths;
import io.mlmodel.model.Flavor;
import io.mlmodel.model.MLModel;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.SparkMLVectorType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code spark} flavor run natively: the Spark ML {@code PipelineModel} under the flavor's
 * {@code model_data} folder ({@code sparkml/}) is loaded with Spark ML, as {@code
 * mlflow.spark.load_model} does, and applied to the DataFrame itself, with the conventions of the
 * flavor's {@code python_function} wrapper: a last stage with an {@code outputCol} writes {@code
 * prediction}; {@code array<double>} columns become vectors where the signature says Spark ML
 * vector, and so does the last stage's {@code featuresCol}; a vector prediction becomes {@code
 * array<double>} where the output signature says so. Not thread-safe: one per {@link
 * io.mlmodel.spark.SparkScoring}.
 *
 * <p>Internal: public for {@code SparkScoring}; not API.
 */
public final class SparkFlavor {
  static final String PREDICTION = "prediction";

  private final MLModel model;
  private final PipelineModel pipeline;

  private SparkFlavor(MLModel model, PipelineModel pipeline) {
    this.model = model;
    this.pipeline = pipeline;
  }

  public static boolean applies(MLModel model) {
    return model.flavor("spark").isPresent();
  }

  static SparkFlavor load(SparkSession spark, MLModel model, Path dir) {
    Flavor f = model.flavor("spark").orElseThrow();
    Location at = Location.of(dir.resolve("MLmodel")).withKeyPath("flavors.spark.model_class");
    String cls = f.string("model_class").orElse("");
    if (cls.startsWith("pyspark.ml.connect.")) {
      throw new ModelException("unsupported", at, "a Spark Connect model (" + cls + ") runs only in Python");
    }
    String data = f.string("model_data").orElse("sparkml");
    // the library's one check of a name a model gives: no absolute path, no '..' or link out of the folder
    Path local = SafePaths.resolve(dir, data, at.withKeyPath("flavors.spark.model_data"));
    if (!Files.isDirectory(local)) {
      throw new ModelException("missing-file", at.withKeyPath("flavors.spark.model_data"),
          "the Spark ML model folder '" + data + "' does not exist");
    }
    return new SparkFlavor(model, PipelineModel.load(reachable(spark, local)));
  }

  /** A path the executors can read: the local folder where the default file system is local, else a copy on it. */
  private static String reachable(SparkSession spark, Path local) {
    try {
      FileSystem fs = FileSystem.get(spark.sparkContext().hadoopConfiguration());
      if ("file".equals(fs.getScheme()) || spark.sparkContext().isLocal()) {
        return local.toUri().toString();
      }
      String base = spark.conf().get("spark.mlmodel.dfsTmpDir", "/tmp/mlmodel");
      org.apache.hadoop.fs.Path dst = new org.apache.hadoop.fs.Path(base, UUID.randomUUID().toString());
      fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), dst);
      fs.deleteOnExit(dst);
      return fs.makeQualified(dst).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the Spark ML model to the cluster's file system", e);
    }
  }

  /** The input with the pipeline's prediction appended as {@code predictionCol}. */
  public Dataset<Row> transform(Dataset<Row> df, String predictionCol) {
    List<String> vectors = vectorInputs(df.schema());
    Dataset<Row> in = df;
    for (String c : vectors) {
      in = in.withColumn(c, functions.array_to_vector(in.col(c)));
    }
    Transformer last = pipeline.stages()[pipeline.stages().length - 1];
    if (last.hasParam("outputCol")
        && !List.of(pipeline.transformSchema(in.schema()).fieldNames()).contains(PREDICTION)) {
      last.set(last.getParam("outputCol"), PREDICTION);
    }
    Dataset<Row> out = pipeline.transform(in);
    List<Column> cols = new ArrayList<>();
    for (String name : df.columns()) {
      cols.add(vectors.contains(name) ? functions.vector_to_array(out.col(name), "float64").as(name) : out.col(name));
    }
    Column prediction = out.col(PREDICTION);
    if (vectorOutput()) {
      prediction = functions.vector_to_array(prediction, "float64");
    }
    cols.add(prediction.as(predictionCol));
    return out.select(cols.toArray(new Column[0]));
  }

  private List<String> vectorInputs(StructType schema) {
    List<String> out = new ArrayList<>();
    Schema inputs = model.signature().flatMap(s -> s.inputs()).orElse(null);
    if (inputs != null && !inputs.isTensorBased()) {
      for (ColSpec c : inputs.columns()) {
        if (c.type() instanceof SparkMLVectorType && c.name() != null && isDoubleArray(schema, c.name())) {
          out.add(c.name());
        }
      }
    }
    Transformer last = pipeline.stages()[pipeline.stages().length - 1];
    if (last.hasParam("featuresCol")) {
      String features = (String) last.getOrDefault(last.getParam("featuresCol"));
      if (!out.contains(features) && isDoubleArray(schema, features)) {
        out.add(features);
      }
    }
    return out;
  }

  private static boolean isDoubleArray(StructType schema, String name) {
    for (StructField f : schema.fields()) {
      if (f.name().equals(name)) {
        return f.dataType() instanceof ArrayType a && a.elementType() == DataTypes.DoubleType;
      }
    }
    return false;
  }

  private boolean vectorOutput() {
    Schema outputs = model.signature().flatMap(s -> s.outputs()).orElse(null);
    return outputs != null && !outputs.isTensorBased() && outputs.size() == 1
        && outputs.columns().get(0).type() instanceof SparkMLVectorType;
  }
}
