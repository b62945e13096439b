package io.mlmodel.request;

/** The form a scoring request came in (format reference §6.2, §6.3). */
public enum RequestFormat {
  /** {@code {"dataframe_split": {"columns": [...], "data": [[...]]}}}: pandas split orient. */
  DATAFRAME_SPLIT("dataframe_split"),
  /** {@code {"dataframe_records": [{...}, ...]}}: pandas records orient. */
  DATAFRAME_RECORDS("dataframe_records"),
  /** {@code {"instances": [...]}}: TF-serving rows. */
  INSTANCES("instances"),
  /** {@code {"inputs": ...}}: TF-serving columns, a list or a scalar. */
  INPUTS("inputs"),
  /** The unified LLM form: an object with {@code messages}, {@code prompt} or {@code input}. */
  LLM("llm"),
  /** A {@code text/csv} body. */
  CSV("csv");

  private final String key;

  RequestFormat(String key) {
    this.key = key;
  }

  /**
   * The JSON key of the form ({@code dataframe_split}, ...), or {@code llm} / {@code csv}.
   *
   * @return the key as MLflow spells it, such as {@code dataframe_records}; {@code llm} for {@link
   *     #LLM} and {@code csv} for {@link #CSV}, which have no single key
   */
  public String key() {
    return key;
  }
}
