package io.mlmodel.example;

import java.util.Optional;

/** The {@code type} of {@code saved_input_example_info}, with the name MLflow writes. */
public enum ExampleType {
  /** {@code dataframe}: a pandas DataFrame, stored split-oriented. */
  DATAFRAME("dataframe"),
  /** {@code ndarray}: a numpy array or a dict of them. */
  NDARRAY("ndarray"),
  /** {@code json_object}: any JSON value, given to the model as parsed (MLflow 2.10+). */
  JSON_OBJECT("json_object"),
  /** {@code sparse_matrix_csc}: a scipy CSC matrix (MLflow 1.23+). */
  SPARSE_MATRIX_CSC("sparse_matrix_csc"),
  /** {@code sparse_matrix_csr}: a scipy CSR matrix (MLflow 1.23+). */
  SPARSE_MATRIX_CSR("sparse_matrix_csr");

  private final String wireName;

  ExampleType(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The name in the MLmodel file.
   *
   * @return the {@code type} value MLflow writes, such as {@code sparse_matrix_csr}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * The type named {@code name} in an MLmodel file, if it is one.
   *
   * @param name the {@code type} value as written
   * @return the type whose {@link #wireName()} is exactly {@code name} (case-sensitive); empty for
   *     any other name
   */
  public static Optional<ExampleType> fromWireName(String name) {
    for (ExampleType t : values()) {
      if (t.wireName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
