package io.mlmodel.write;

/**
 * The schema JSON strings of {@code signature}. MLflow parses and re-serializes them ({@code
 * Schema.to_json()}), which reorders keys into its canonical order; until the typed signature
 * package provides that, the strings are written back as they were read.
 */
final class SignatureJson {
  /** Whether {@link #canonical} gives MLflow's form; false while the strings pass through as read. */
  static final boolean CANONICAL = false;

  private SignatureJson() {}

  static Object canonical(String key, Object json) {
    return json;
  }
}
