package io.mlmodel.signature;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.io.JsonErrors;
import io.mlmodel.io.JsonNumbers;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads JSON text the way Python's {@code json.loads} does, into plain Java values: null, {@link
 * Boolean}, {@link String}, {@link Long} or {@link BigInteger} for integers, {@link Double} for
 * other numbers (including {@code NaN} and {@code Infinity}), {@link List} and insertion-ordered
 * {@link Map} (a repeated key keeps its first position and its last value, as in a Python dict).
 *
 * <p>The reader is iterative, so nesting cannot overflow the stack; depth, value count and length
 * are bounded by {@link ReadOptions}.
 */
final class JsonTree {
  /** Depth is checked here, with a message naming our setting, so Jackson's own check is off. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Integer.MAX_VALUE)
          .maxNumberLength(JsonNumbers.MAX_DIGITS)
          .maxStringLength(Integer.MAX_VALUE)
          .maxDocumentLength(-1)
          .build())
      .build();

  private JsonTree() {}

  static @Nullable Object parse(String json, Location at, ReadOptions options) {
    if (json.length() > options.maxCodePoints()
        && json.codePointCount(0, json.length()) > options.maxCodePoints()) {
      throw new LimitExceededException(at, "the JSON is longer than " + options.maxCodePoints()
          + " code points (ReadOptions.maxCodePoints)");
    }
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return read(p, json, at, options);
    } catch (StreamConstraintsException e) {
      throw syntax(at, JsonErrors.problem(e), e.getLocation());
    } catch (JacksonException e) {
      throw syntax(at, JsonErrors.problem(e), e.getLocation());
    }
  }

  private static @Nullable Object read(JsonParser p, String json, Location at, ReadOptions options) {
    Deque<Object> stack = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    long nodes = 0;
    Object root = null;
    boolean finished = false;
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw syntax(at, "the text is empty", null);
      }
      do {
        if (finished) {
          throw syntax(at, "extra data after the JSON value", p.currentTokenLocation());
        }
        if (t == JsonToken.PROPERTY_NAME) {
          names.push(p.currentName());
          continue;
        }
        if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
          Object done = stack.pop();
          if (stack.isEmpty()) {
            root = done;
            finished = true;
          } else {
            add(stack.peek(), names, done);
          }
          continue;
        }
        if (++nodes > options.maxNodes()) {
          throw new LimitExceededException(at, "the JSON has more than " + options.maxNodes()
              + " values (ReadOptions.maxNodes)");
        }
        Object value;
        switch (t) {
          case START_ARRAY -> value = new ArrayList<>();
          case START_OBJECT -> value = new LinkedHashMap<String, Object>();
          case VALUE_STRING -> value = p.getString();
          case VALUE_TRUE -> value = Boolean.TRUE;
          case VALUE_FALSE -> value = Boolean.FALSE;
          case VALUE_NULL -> value = null;
          case VALUE_NUMBER_INT -> value = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? p.getBigIntegerValue() : (Object) p.getLongValue();
          case VALUE_NUMBER_FLOAT -> value = p.getDoubleValue();
          default -> throw syntax(at, "unexpected " + t, null);
        }
        if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
          if (stack.size() >= options.maxDepth()) {
            throw new LimitExceededException(at, "the JSON is nested more than "
                + options.maxDepth() + " levels deep (ReadOptions.maxDepth)");
          }
          stack.push(value);
        } else if (stack.isEmpty()) {
          root = value;
          finished = true;
        } else {
          add(stack.peek(), names, value);
        }
      } while ((t = p.nextToken()) != null);
    } catch (StreamConstraintsException e) {
      if (!JsonNumbers.isNumberLength(e)) {
        throw e;
      }
      throw new LimitExceededException(at, numberStart(p, json) + " of the JSON: " + JsonNumbers.problem());
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  private static void add(Object container, Deque<String> names, @Nullable Object value) {
    if (container instanceof List<?> list) {
      ((List<Object>) list).add(value);
    } else {
      ((Map<String, Object>) container).put(names.pop(), value);
    }
  }

  private static ModelException syntax(Location at, String problem, @Nullable TokenStreamLocation loc) {
    String first = problem.lines().findFirst().orElse(problem);
    return new ModelException("bad-signature", at, "not valid JSON" + where(loc) + ": " + first);
  }

  /**
   * Where the number Jackson has just refused starts, as "at line L, column C": its exception has no
   * location and the parser stops just after the number (or within it), which has no line break.
   */
  private static String numberStart(JsonParser p, String json) {
    TokenStreamLocation end = p.currentLocation();
    int i = (int) Math.min(Math.max(end.getCharOffset(), 0), json.length());
    int start = i;
    while (start > 0 && "0123456789+-.eE".indexOf(json.charAt(start - 1)) >= 0) {
      start--;
    }
    return "at line " + end.getLineNr() + ", column " + (end.getColumnNr() - (i - start));
  }

  /** The place in the JSON text, as " at line L, column C"; empty when Jackson does not know it. */
  private static String where(@Nullable TokenStreamLocation loc) {
    return loc == null || loc.getColumnNr() <= 0 ? ""
        : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }
}
