package io.mlmodel.data;

/**
 * What a model is given, in the three shapes an MLflow pyfunc model accepts: a {@link ColumnTable}
 * (a pandas DataFrame), a single {@link Tensor} (a numpy ndarray) or a {@link TensorMap} (a dict of
 * name to ndarray).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface PredictInput permits ColumnTable, Tensor, TensorMap {

  /**
   * The number of rows: a table's row count, a tensor's first dimension (1 for a 0-d tensor), the
   * first tensor's for a map (0 when empty).
   *
   * @return the row count MLflow would report for this input
   */
  long rows();
}
