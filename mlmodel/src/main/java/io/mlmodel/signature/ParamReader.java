package io.mlmodel.signature;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a parsed params JSON value into a {@link ParamSchema} with MLflow's rules ({@code
 * ParamSchema.from_json}, {@code ParamSpec.from_json_dict}); errors are located.
 */
final class ParamReader {
  private final Location at;
  private final SchemaReader types;

  ParamReader(Location at) {
    this.at = at;
    this.types = new SchemaReader(at);
  }

  ParamSchema params(@Nullable Object root) {
    String base = at.keyPath();
    if (!(root instanceof List<?> list)) {
      throw types.bad(base, "a param schema must be a JSON array, got " + SchemaReader.kind(root));
    }
    List<ParamSpec> out = new ArrayList<>(list.size());
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String p = Names.index(base, i);
      if (!(list.get(i) instanceof Map<?, ?> m)) {
        throw types.bad(p, "expected a param spec (a JSON object), got " + SchemaReader.kind(list.get(i)));
      }
      ParamSpec spec = param(m, p);
      if (!names.add(spec.name())) {
        throw types.bad(Names.key(p, "name"), "duplicate param name '" + spec.name() + "'");
      }
      out.add(spec);
    }
    return new ParamSchema(out);
  }

  private ParamSpec param(Map<?, ?> m, String p) {
    // MLflow 2.6 wrote "dtype"; `type or dtype` is read, as MLflow does
    String typeKey = truthy(m.get("type")) || !m.containsKey("dtype") ? "type" : "dtype";
    for (String key : new String[] {"name", typeKey, "default"}) {
      if (!m.containsKey(key)) {
        throw types.bad(p, "missing key " + ("type".equals(key) ? "'type' (or the legacy 'dtype')" : "'" + key + "'")
            + "; a param spec needs name, type and default");
      }
    }
    String name = pythonStr(m.get("name"), Names.key(p, "name"));
    String tp = Names.key(p, typeKey);
    Object typeValue = m.get(typeKey);
    ColumnType type;
    if ("object".equals(typeValue)) {
      type = types.types().object(m, p);
    } else if (typeValue instanceof String t && DataType.fromName(t).isPresent()) {
      type = DataType.fromName(t).orElseThrow();
    } else {
      throw new ModelException("unknown-type", at.withKeyPath(tp), "unknown param type "
          + (typeValue instanceof String t ? "'" + t + "'" : ParamValues.show(typeValue))
          + " (expected one of boolean, integer, long, float, double, string, datetime, object)");
    }
    String problem = ParamSpec.checkType(type);
    if (problem != null) {
      throw types.bad(tp, problem);
    }
    Object shapeValue = m.get("shape");
    if (shapeValue != null) {
      problem = shapeValue instanceof List<?> l ? ParamSpec.checkShape(l)
          : "shape must be null (a single value or an object) or [-1] (a list), got " + ParamValues.show(shapeValue);
      if (problem != null) {
        throw types.bad(Names.key(p, "shape"), problem);
      }
    }
    try {
      return new ParamSpec(name, type, m.get("default"), shapeValue == null ? null : ParamSpec.LIST_SHAPE);
    } catch (BadValue e) {
      throw types.bad(p + "." + e.subPath(), e.problem());
    }
  }

  /** Python's {@code str()} of a JSON scalar, which is what MLflow does to a param name. */
  private String pythonStr(@Nullable Object v, String path) {
    if (v instanceof String s) {
      return s;
    }
    if (v == null) {
      return "None";
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof Long || v instanceof BigInteger) {
      return v.toString();
    }
    if (v instanceof Double d) {
      String r = PyJson.repr(d);
      return d.isNaN() ? "nan" : d.isInfinite() ? (d > 0 ? "inf" : "-inf") : r;
    }
    throw types.bad(path, "a param name must be a string, got " + ParamValues.show(v));
  }

  private static boolean truthy(@Nullable Object v) {
    return v != null && !Boolean.FALSE.equals(v) && !"".equals(v)
        && !(v instanceof Number n && n.doubleValue() == 0)
        && !(v instanceof List<?> l && l.isEmpty()) && !(v instanceof Map<?, ?> mm && mm.isEmpty());
  }
}
