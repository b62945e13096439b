/**
 * The data a model is given and gives back, as an MLflow pyfunc model sees it: a {@link
 * io.mlmodel.data.ColumnTable} (a pandas DataFrame: named, typed {@link io.mlmodel.data.Column}s), a
 * {@link io.mlmodel.data.Tensor} (a numpy ndarray: dtype, shape, a primitive buffer) or a {@link
 * io.mlmodel.data.TensorMap} (a dict of name to ndarray); {@link io.mlmodel.data.PredictInput} and
 * {@link io.mlmodel.data.PredictOutput} are the sealed unions of them. Numeric data lives in
 * primitive arrays, never one boxed object per cell. Every type here is immutable and thread-safe.
 *
 * <p>Uses only {@code io.mlmodel.signature} (dtypes and specs): the data knows nothing of requests,
 * enforcement or predictors.
 */
@NullMarked
package io.mlmodel.data;

import org.jspecify.annotations.NullMarked;
