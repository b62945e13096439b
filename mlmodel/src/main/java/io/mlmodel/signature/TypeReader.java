package io.mlmodel.signature;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads nested column types ({@code Array/Object/Map/Property.from_json_dict}) with MLflow's rules
 * and quirks; errors go through the owning {@link SchemaReader}, located at the offending value.
 */
final class TypeReader {
  private final SchemaReader r;

  TypeReader(SchemaReader reader) {
    this.r = reader;
  }

  /** A type given by a JSON object with a {@code type} key (items, values, property bodies). */
  ColumnType nested(Map<?, ?> body, String p) {
    Object typeValue = body.get("type");
    String tp = Names.key(p, "type");
    if (!(typeValue instanceof String t)) {
      throw r.unknown(tp, "a type must be a string, got " + ParamValues.show(typeValue));
    }
    if (DataType.fromName(t).isPresent()) {
      return DataType.fromName(t).orElseThrow();
    }
    if (!SchemaReader.COMPLEX_NAMES.contains(t)) {
      throw r.unknown(tp, "unknown type '" + t + "' (expected one of " + SchemaReader.SCALARS + ", " + SchemaReader.COMPLEX + ")");
    }
    return complex(body, t, p);
  }

  ColumnType complex(Map<?, ?> m, String t, String p) {
    switch (t) {
      case "array" -> {
        return new ArrayType(nested(body(m, "items", "an array type", p), Names.key(p, "items")));
      }
      case "map" -> {
        ColumnType values = nested(body(m, "values", "a map type", p), Names.key(p, "values"));
        // MLflow's Map.from_json_dict returns a bare vector for sparkml_vector values
        return values instanceof SparkMLVectorType ? values : new MapType(values);
      }
      case "object" -> {
        return object(m, p);
      }
      case "any" -> {
        return AnyType.INSTANCE;
      }
      default -> {
        return SparkMLVectorType.INSTANCE;
      }
    }
  }

  ObjectType object(Map<?, ?> m, String p) {
    if (!m.containsKey("properties")) {
      throw r.bad(p, "missing key 'properties' in an object type");
    }
    String pp = Names.key(p, "properties");
    if (!(m.get("properties") instanceof Map<?, ?> props)) {
      throw r.bad(pp, "'properties' must be a JSON object of property specs, got " + SchemaReader.kind(m.get("properties")));
    }
    for (Map.Entry<?, ?> e : props.entrySet()) {
      if (!(e.getValue() instanceof Map<?, ?>)) {
        throw r.bad(Names.key(pp, String.valueOf(e.getKey())), "a property spec must be a JSON object, got "
            + SchemaReader.kind(e.getValue()));
      }
    }
    if (props.isEmpty()) {
      throw r.bad(pp, "an object type needs at least one property");
    }
    List<Property> out = new ArrayList<>(props.size());
    for (Map.Entry<?, ?> e : props.entrySet()) {
      String name = String.valueOf(e.getKey());
      String np = Names.key(pp, name);
      Map<?, ?> body = (Map<?, ?>) e.getValue();
      if (!body.containsKey("type")) {
        throw r.bad(np, "missing key 'type'");
      }
      if ("sparkml_vector".equals(body.get("type"))) {
        throw r.bad(Names.key(np, "type"), "a property cannot have type sparkml_vector (MLflow cannot read it)");
      }
      boolean required = r.bool(body, "required", np);
      out.add(new Property(name, nested(body, np), required));
    }
    return new ObjectType(out);
  }

  private Map<?, ?> body(Map<?, ?> m, String key, String what, String p) {
    if (!m.containsKey(key)) {
      throw r.bad(p, "missing key '" + key + "' in " + what);
    }
    String kp = Names.key(p, key);
    if (!(m.get(key) instanceof Map<?, ?> body)) {
      throw r.bad(kp, "'" + key + "' must be a JSON object, got " + SchemaReader.kind(m.get(key)));
    }
    if (!body.containsKey("type")) {
      throw r.bad(kp, "missing key 'type'");
    }
    return body;
  }

}
