package io.mlmodel.server;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.io.JsonErrors;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads a V2 request body into a tree under the request limits that {@code /invocations} has
 * ({@link EnforcementOptions#maxDepth()}, {@link EnforcementOptions#maxCells()}): a body of the
 * allowed size holds millions of numbers, and a tree of them costs tens of bytes each, so without
 * the cell limit a few such requests at once exhaust the heap. Thread-safe.
 */
final class V2Json {
  /** The code of a request whose fields have the wrong JSON types: MLServer's validation answers 422. */
  static final String INVALID = "invalid-request";
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
      if (JsonErrors.isNestingDepth(e)) {
        throw limit("the request nests JSON arrays and objects deeper than the limit of " + options.maxDepth()
            + " (EnforcementOptions.maxDepth)");
      }
      throw e;
    }
  }

  /**
   * What to tell a client whose body is not JSON: where the parser stopped (line and column) and
   * why, in the parser's words but without Jackson's names (its token, class and feature names, and
   * its redacted source: {@link JsonErrors}), which mean nothing to a client and leak the
   * implementation.
   */
  static String notJson(JacksonException e) {
    boolean trailing = e instanceof MismatchedInputException
        && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token");
    String problem = trailing ? "more content after the JSON value" : JsonErrors.problem(e);
    // the answer V2 gave before the cleaning moved to JsonErrors, whose own words follow "Invalid JSON" badly
    String text = problem.equals(JsonErrors.UNREADABLE) ? "the body is not valid JSON" : problem;
    TokenStreamLocation l = e.getLocation();
    String at = l == null || l.getLineNr() < 1 ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
    return "Invalid JSON" + at + ": " + text;
  }

  /**
   * {@code parent}'s field {@code name} when it is of the type {@code fits} accepts, else an {@link
   * #INVALID} error naming it; missing (also when null or when {@code parent} is not an object).
   */
  static JsonNode field(JsonNode parent, String name, String path, Predicate<JsonNode> fits, String expected) {
    JsonNode v = parent.isObject() ? parent.path(name) : MissingNode.getInstance();
    if (v.isMissingNode() || v.isNull()) {
      return MissingNode.getInstance();
    }
    if (!fits.test(v)) {
      throw new InputException(INVALID, new Location(null, 0, 0, path + name), null, path + name + " must be " + expected
          + ", not " + kind(v));
    }
    return v;
  }

  /**
   * {@code parent}'s field {@code name}, which the request must have, when it is of the type {@code
   * fits} accepts; else an {@link #INVALID} error naming it, as MLServer's validation refuses a
   * missing required field with a 422 (a null counts as missing).
   */
  static JsonNode required(JsonNode parent, String name, String path, Predicate<JsonNode> fits, String expected) {
    JsonNode v = field(parent, name, path, fits, expected);
    if (v.isMissingNode()) {
      throw new InputException(INVALID, new Location(null, 0, 0, path + name), null, path + name + " is required");
    }
    return v;
  }

  /** An {@link #INVALID} error when {@code v} is not an object: {@code what} must be one. */
  static void object(JsonNode v, String what) {
    if (!v.isObject()) {
      throw new InputException(INVALID, new Location(null, 0, 0, what), null, (what.isEmpty() ? "the request" : what)
          + " must be an object, not " + kind(v));
    }
  }

  private static String kind(JsonNode v) {
    return v.isObject() ? "an object" : v.isArray() ? "a list" : v.isString() ? "a string" : v.isNumber() ? "a number"
        : v.isBoolean() ? "a boolean" : "a value of another kind";
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
