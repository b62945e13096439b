package io.mlmodel.enforce.internal;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@link InputException}s of this package, by code. */
public final class Problems {
  /** The request cannot be decoded (HTTP 400 in MLflow's server). */
  static final String BAD_REQUEST = "bad-request";
  /** The input does not satisfy the model's input schema. */
  public static final String SCHEMA = "schema-mismatch";
  /** A parameter does not satisfy the params schema. */
  public static final String PARAM = "bad-param";
  /** A request limit was crossed. */
  public static final String LIMIT = "limit";
  /** A content type the scoring server refuses (HTTP 415). */
  public static final String CONTENT_TYPE = "unsupported-content-type";

  private Problems() {}

  /**
   * MLflow's presence check of named inputs, for columns and tensors alike: a missing input fails
   * (naming the extra ones too), extra inputs are dropped with a warning.
   */
  static void checkPresence(List<String> missing, List<String> extra, List<String> warnings) {
    if (!missing.isEmpty()) {
      String msg = "Model is missing inputs " + PyRepr.list(missing) + ".";
      if (!extra.isEmpty()) {
        msg += " Note that there were extra inputs: " + PyRepr.list(extra);
      }
      throw schema(missing.get(0), msg);
    }
    if (!extra.isEmpty()) {
      warnings.add("Found extra inputs in the model input that are not defined in the model signature: `"
          + PyRepr.list(extra) + "`. These inputs will be ignored.");
    }
  }

  public static InputException schema(@Nullable String field, String problem) {
    return new InputException(SCHEMA, Location.UNKNOWN, field, problem);
  }

  static InputException param(@Nullable String field, String problem) {
    return new InputException(PARAM, Location.UNKNOWN, field, problem);
  }

  public static InputException request(Location at, @Nullable String field, String problem) {
    return new InputException(BAD_REQUEST, at, field, problem);
  }
}
