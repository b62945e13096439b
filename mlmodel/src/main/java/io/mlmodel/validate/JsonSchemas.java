package io.mlmodel.validate;

import io.mlmodel.io.JsonValues;
import io.mlmodel.signature.AnyType;
import io.mlmodel.signature.ArrayType;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.ColumnType;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.MapType;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.ObjectType;
import io.mlmodel.signature.Property;
import io.mlmodel.signature.SparkMLVectorType;
import io.mlmodel.signature.TensorSpec;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schema (2020-12, the dialect of OpenAPI 3.1) for the values MLflow's scoring server
 * accepts for each signature type, as JSON: the types of §4 of the format reference.
 */
final class JsonSchemas {
  static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonSchemas() {}

  /** One value of a column of this type. */
  static ObjectNode of(ColumnType type) {
    if (type instanceof DataType t) {
      return scalar(t);
    } else if (type instanceof ArrayType a) {
      ObjectNode o = F.objectNode().put("type", "array");
      o.set("items", of(a.items()));
      return o;
    } else if (type instanceof ObjectType obj) {
      ObjectNode o = F.objectNode().put("type", "object");
      ObjectNode props = o.putObject("properties");
      ArrayNode required = F.arrayNode();
      for (Property p : obj.properties()) {
        props.set(p.name(), of(p.type()));
        if (p.required()) {
          required.add(p.name());
        }
      }
      if (!required.isEmpty()) {
        o.set("required", required);
      }
      return o;
    } else if (type instanceof MapType m) {
      ObjectNode o = F.objectNode().put("type", "object");
      o.set("additionalProperties", of(m.values()));
      return o;
    } else if (type instanceof SparkMLVectorType v) {
      return of(v.asArray());
    } else if (type instanceof AnyType) {
      return F.objectNode();
    }
    throw new IllegalStateException("unhandled column type " + type);
  }

  private static ObjectNode scalar(DataType t) {
    ObjectNode o = F.objectNode();
    switch (t) {
      case BOOLEAN -> o.put("type", "boolean");
      case INTEGER -> o.put("type", "integer").put("format", "int32");
      case LONG -> o.put("type", "integer").put("format", "int64");
      case FLOAT -> o.put("type", "number").put("format", "float");
      case DOUBLE -> o.put("type", "number").put("format", "double");
      case STRING -> o.put("type", "string");
      case BINARY -> o.put("type", "string").put("contentEncoding", "base64");
      case DATETIME -> o.put("type", "string").put("format", "date-time");
      default -> throw new IllegalStateException("unhandled data type " + t);
    }
    return o;
  }

  /** One value of a column, null allowed when the column is optional. */
  static ObjectNode of(ColSpec c) {
    ObjectNode value = of(c.type());
    if (c.required()) {
      return value;
    }
    ObjectNode o = F.objectNode();
    o.putArray("anyOf").add(value).add(F.objectNode().put("type", "null"));
    return o;
  }

  /** One element of a tensor of this dtype. */
  static ObjectNode element(NumpyDtype dtype) {
    ObjectNode o = F.objectNode();
    switch (dtype.kind()) {
      case 'b' -> o.put("type", "boolean");
      case 'i' -> o.put("type", "integer");
      case 'u' -> o.put("type", "integer").put("minimum", 0);
      case 'f' -> o.put("type", "number");
      case 'U' -> o.put("type", "string");
      case 'S' -> o.put("type", "string").put("contentEncoding", "base64");
      case 'M' -> o.put("type", "string").put("format", "date-time");
      default -> o.put("description", "numpy " + dtype.numpyName());
    }
    return o;
  }

  /** A whole tensor (from {@code from} on: 0 with the batch dimension, 1 for one instance). */
  static ObjectNode tensor(TensorSpec t, int from) {
    List<Long> shape = t.shape();
    ObjectNode node = element(t.dtype());
    for (int i = shape.size() - 1; i >= from; i--) {
      ObjectNode array = F.objectNode().put("type", "array");
      array.set("items", node);
      long n = shape.get(i);
      if (n >= 0) {
        array.put("minItems", n).put("maxItems", n);
      }
      node = array;
    }
    return node;
  }

  /** A plain value (a param default) as JSON; non-finite floats as the strings NaN, Infinity, -Infinity. */
  static JsonNode value(@Nullable Object v) {
    return JsonValues.toJson(v);
  }
}
