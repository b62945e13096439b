/**
 * Batch scoring of MLflow models on Apache Spark: {@link io.mlmodel.spark.SparkScoring} (a
 * function from {@code Dataset<Row>} to {@code Dataset<Row>} and a SQL UDF), {@link
 * io.mlmodel.spark.ModelTransformer} (the same as a Spark ML {@code Transformer} that goes into a
 * {@code Pipeline}), and the {@code spark} flavor applied natively with Spark ML. See docs/spark.md.
 */
@NullMarked
package io.mlmodel.spark;

import org.jspecify.annotations.NullMarked;
