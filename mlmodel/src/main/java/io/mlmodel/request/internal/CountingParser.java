package io.mlmodel.request.internal;

import io.mlmodel.Location;
import io.mlmodel.enforce.EnforcementOptions;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Counts the JSON values a request's parser reads, arrays and objects included, against {@link
 * EnforcementOptions#maxCells()}: whatever a reader builds from them (a primitive cell, a boxed value
 * or a list) is bounded before it is built. Values skipped unread are not counted. Internal.
 */
public final class CountingParser extends JsonParserDelegate {
  private final EnforcementOptions options;
  private final long max;
  private long values;

  public CountingParser(JsonParser p, EnforcementOptions options) {
    super(p);
    this.options = options;
    this.max = options.maxCells();
  }

  @Override
  public JsonToken nextToken() {
    JsonToken t = delegate.nextToken();
    if (t != null && (t.isStructStart() || t.isScalarValue())) {
      if (++values > max) {
        TokenStreamLocation l = delegate.currentTokenLocation();
        throw RequestLimits.values(options, new Location(null, Math.max(0, l.getLineNr()),
            Math.max(0, l.getColumnNr()), ""));
      }
    }
    return t;
  }
}
