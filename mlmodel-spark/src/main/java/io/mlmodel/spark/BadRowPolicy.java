package io.mlmodel.spark;

/**
 * What scoring does with a row the model refuses (the signature's enforcement or the runtime
 * fails on it).
 */
public enum BadRowPolicy {
  /**
   * Fail the job: the task throws an {@link io.mlmodel.InputException} naming the row's partition
   * and position in it, with MLflow's message, and Spark reports it as the job's failure.
   */
  FAIL,
  /**
   * Keep going: the row gets a null prediction and the message in the error column; rows that
   * score have a null error.
   */
  ERROR_COLUMN
}
