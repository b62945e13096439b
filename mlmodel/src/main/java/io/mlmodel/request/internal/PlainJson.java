package io.mlmodel.request.internal;

import io.mlmodel.enforce.internal.Sink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the JSON value at the parser's current token into plain Java values: null, {@link
 * Boolean}, {@link Long} (a {@link java.math.BigInteger} beyond 64 bits), {@link Double}, {@link
 * String}, unmodifiable {@link List} and insertion-ordered unmodifiable {@link Map}. Nesting is
 * bounded by the parser's constraints. Internal.
 */
final class PlainJson {
  private PlainJson() {}

  static @Nullable Object read(JsonParser p) {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        String name;
        while ((name = p.nextName()) != null) {
          p.nextToken();
          m.put(name, read(p));
        }
        return Collections.unmodifiableMap(m);
      }
      case START_ARRAY: {
        List<@Nullable Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(read(p));
        }
        return Collections.unmodifiableList(l);
      }
      case VALUE_STRING:
        return p.getString();
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** Feeds the value at the current token to {@code sink}, without boxing scalars. */
  static void feed(JsonParser p, Sink sink) {
    switch (p.currentToken()) {
      case VALUE_NUMBER_FLOAT:
        sink.addDouble(p.getDoubleValue());
        break;
      case VALUE_NUMBER_INT:
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          sink.addBig(p.getBigIntegerValue());
        } else {
          sink.addLong(p.getLongValue());
        }
        break;
      case VALUE_STRING:
        sink.addString(p.getString());
        break;
      case VALUE_TRUE:
        sink.addBoolean(true);
        break;
      case VALUE_FALSE:
        sink.addBoolean(false);
        break;
      case VALUE_NULL:
        sink.addNull();
        break;
      default:
        Object v = read(p);
        sink.addOther(v);
        break;
    }
  }

  /** The Python type name of the JSON value starting at {@code t}. */
  static String typeName(@Nullable JsonToken t) {
    if (t == null) {
      return "NoneType";
    }
    switch (t) {
      case START_ARRAY:
        return "list";
      case START_OBJECT:
        return "dict";
      case VALUE_STRING:
        return "str";
      case VALUE_NUMBER_INT:
        return "int";
      case VALUE_NUMBER_FLOAT:
        return "float";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "bool";
      default:
        return "NoneType";
    }
  }
}
