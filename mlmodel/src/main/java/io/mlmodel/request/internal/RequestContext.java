package io.mlmodel.request.internal;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.internal.ColumnTargets;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.Problems;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/** The parser, the targets and the error helpers shared by the JSON readers. Internal. */
public final class RequestContext {
  final JsonParser p;
  /** Locations are asked of the parser under the counting one: one call less on each row. */
  private final JsonParser located;
  final ColumnTargets targets;
  final EnforcementOptions options;

  public RequestContext(JsonParser p, ColumnTargets targets, EnforcementOptions options) {
    this.p = p;
    this.located = p instanceof CountingParser c ? c.delegate() : p;
    this.targets = targets;
    this.options = options;
  }

  boolean mlflow() {
    return options.mlflowCompatible();
  }

  public Location at(String keyPath) {
    TokenStreamLocation l = located.currentTokenLocation();
    int line = l == null ? 0 : Math.max(0, l.getLineNr());
    int col = l == null ? 0 : Math.max(0, l.getColumnNr());
    return new Location(null, line, col, keyPath);
  }

  InputException bad(String keyPath, String problem) {
    return Problems.request(at(keyPath), null, problem);
  }

  /** A value that does not convert to its column's type, in the words of MLflow's cast. */
  InputException column(String keyPath, String name, String target, ConversionException e) {
    return new InputException(Problems.SCHEMA, at(keyPath), name, "Data is not compatible with model signature."
        + " Failed to convert column " + name + " to type '" + target + "'. Error: '" + e.getMessage() + "'");
  }

  /** A value that does not convert to its tensor's dtype. */
  InputException tensor(String keyPath, @Nullable String name, String target, ConversionException e) {
    return new InputException(Problems.SCHEMA, at(keyPath), name, "Data is not compatible with model signature."
        + " Failed to convert " + (name == null ? "the input" : "tensor " + name) + " to type '" + target
        + "'. Error: '" + e.getMessage() + "'");
  }
}
