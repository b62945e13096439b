/**
 * Model inputs and outputs, MLflow's schema enforcement and its scoring-request formats.
 *
 * <p>The data types mirror what an MLflow pyfunc model is given: a {@link
 * io.mlmodel.predict.ColumnTable} (pandas DataFrame: named, typed {@link
 * io.mlmodel.predict.Column}s), a {@link io.mlmodel.predict.Tensor} (numpy ndarray: dtype, shape,
 * a primitive buffer) or a {@link io.mlmodel.predict.TensorMap} (dict of name to ndarray). Numeric
 * data lives in primitive arrays ({@code double[]}, {@code long[]}, ...), never one boxed object per
 * cell. All of them are immutable and thread-safe.
 *
 * <p>Enforcement ({@link io.mlmodel.predict.Enforcement}) checks and converts an input against a
 * signature exactly as MLflow's {@code PyFuncModel.predict} does, and {@link
 * io.mlmodel.predict.ScoringRequests} decodes the request bodies of MLflow's scoring server. See
 * docs/enforcement.md.
 */
@NullMarked
package io.mlmodel.predict;

import org.jspecify.annotations.NullMarked;
