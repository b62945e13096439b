/**
 * Not API (the module is an automatic module, so this package is visible; do not depend on it): how
 * a DataFrame is scored inside Spark. {@code Transform} checks the output columns and reads the
 * DataFrame's query, as rows or as a columnar source's batches; {@code ScoringEvaluator} runs a
 * {@code PartitionScorer} over each partition, which gives rows ({@code ScoredRows}) or, for a
 * float or double prediction without an error column, column batches ({@code PredictedBatches})
 * that make a DataFrame of this package's plan nodes ({@code ScoredBatches}, planned by {@code
 * ScoredBatchesExec}); {@code BatchScorer} scores one batch, also for the SQL UDF ({@code
 * ScoringUdf}). {@code Settings} are a scoring's settings. Spark's internals (not its API) are used
 * in {@code Transform}, {@code ScoredBatches} and {@code ScoredBatchesExec} only.
 */
@NullMarked
package io.mlmodel.spark.internal.exec;

import org.jspecify.annotations.NullMarked;
