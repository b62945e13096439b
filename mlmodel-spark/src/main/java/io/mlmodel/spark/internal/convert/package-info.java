/**
 * Not API (the module is an automatic module, so this package is visible; do not depend on it):
 * Spark's values to the core's columns and tensors and back, under the rules of MLflow's {@code
 * spark_udf}. In: a batch of Spark's rows ({@code RowBatch}) or of a column batch read in place
 * ({@code VectorRows}) becomes the model input an {@code InputPlan} decides, column by column
 * ({@code ColumnBuilder}, {@code InputValues}) or as tensors ({@code TensorBuilder}). Out: the
 * signature's outputs give the prediction column's Spark type ({@code OutputPlan}, {@code
 * SparkTypes}), and the model's output becomes one Spark value per row ({@code Predictions},
 * {@code OutputValues}, {@code SparkOut}).
 */
@NullMarked
package io.mlmodel.spark.internal.convert;

import org.jspecify.annotations.NullMarked;
