package io.mlmodel.server;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.enforce.EnforcementOptions;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads a V2 request body into a tree under the request limits that {@code /invocations} has
 * ({@link EnforcementOptions#maxDepth()}, {@link EnforcementOptions#maxCells()}): a body of the
 * allowed size holds millions of numbers, and a tree of them costs tens of bytes each, so without
 * the cell limit a few such requests at once exhaust the heap. Thread-safe.
 */
final class V2Json {
  private final EnforcementOptions options;
  private final JsonFactory factory;

  V2Json(EnforcementOptions options) {
    this.options = options;
    this.factory = JsonFactory.builder().streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
        .maxNestingDepth(options.maxDepth()).build()).build();
  }

  /**
   * The body's JSON tree.
   *
   * @throws InputException code {@code limit} when the body nests deeper or holds more values than
   *     allowed
   * @throws JacksonException when the body is not JSON
   */
  JsonNode read(InputStream body) {
    try (JsonParser p = new Counting(factory.createParser(ObjectReadContext.empty(), body), options.maxCells())) {
      JsonNode tree = Documents.JSON.readTree(p);
      return tree == null ? MissingNode.getInstance() : tree;
    } catch (StreamConstraintsException e) {
      if (e.getMessage() != null && e.getMessage().contains("nesting depth")) {
        throw limit("the request nests JSON arrays and objects deeper than the limit of " + options.maxDepth()
            + " (EnforcementOptions.maxDepth)");
      }
      throw e;
    }
  }

  private static InputException limit(String problem) {
    return new InputException("limit", Location.UNKNOWN, null, problem);
  }

  /** Counts the values read, arrays and objects included, and stops past the limit. */
  private static final class Counting extends JsonParserDelegate {
    private final long max;
    private long values;

    Counting(JsonParser p, long max) {
      super(p);
      this.max = max;
    }

    @Override
    public JsonToken nextToken() {
      JsonToken t = delegate.nextToken();
      if (t != null && (t.isStructStart() || t.isScalarValue()) && ++values > max) {
        TokenStreamLocation l = delegate.currentTokenLocation();
        throw limit("the request has more than " + max + " cells (JSON values: each number, string, boolean, null,"
            + " array and object counts) at line " + l.getLineNr() + ", column " + l.getColumnNr()
            + " (EnforcementOptions.maxCells)");
      }
      return t;
    }
  }
}
