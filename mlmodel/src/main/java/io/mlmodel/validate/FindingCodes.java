package io.mlmodel.validate;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The catalog of finding codes, the one docs/validation.md lists (FindingCodesTest keeps the two
 * equal). A code outside it is a typo: the command line refuses to {@code --ignore} it.
 */
final class FindingCodes {
  static final SortedSet<String> ALL = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(
      "bad-dtype", "bad-env", "bad-example", "bad-onnx", "bad-path", "bad-requirement", "bad-signature", "bad-timestamp",
      "bad-value", "duplicate-key", "encoding", "example-mismatch", "io-error", "json-syntax", "legacy-optional", "limit",
      "missing-file", "mlflow-version", "no-flavors", "no-signature", "not-a-mapping", "path-escape",
      "pyfunc-no-loader", "python-version-mismatch", "requirements-mismatch", "stale-temp-file", "unknown-example-type",
      "unknown-flavor", "unknown-key", "unknown-type", "unsafe-tag", "yaml-syntax")));

  private FindingCodes() {}
}
