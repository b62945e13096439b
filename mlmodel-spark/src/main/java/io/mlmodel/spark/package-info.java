/**
 * Batch scoring of MLflow models on Apache Spark: {@link io.mlmodel.spark.SparkScoring} (a
 * function from {@code Dataset<Row>} to {@code Dataset<Row>} and a SQL UDF), {@link
 * io.mlmodel.spark.ModelTransformer} (the same as a Spark ML {@code Transformer} that goes into a
 * {@code Pipeline}), and the {@code spark} flavor applied natively with Spark ML; {@link
 * io.mlmodel.spark.ScoringPlugin} closes an executor's models when it stops. See docs/spark.md.
 * This package is the module's API: the packages under {@code io.mlmodel.spark.internal} are
 * visible (the module is an automatic module) but are not API.
 */
@NullMarked
package io.mlmodel.spark;

import org.jspecify.annotations.NullMarked;
