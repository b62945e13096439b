package io.mlmodel.signature;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a parsed schema JSON value into a {@link Schema} with MLflow's rules ({@code
 * Schema.from_json}, {@code ColSpec/TensorSpec/Array/Object/Map/Property.from_json_dict}); every
 * error is located at the key path of the offending JSON value.
 */
final class SchemaReader {
  /** The reader of nested types. */
  TypeReader types() {
    return types;
  }

  static final String SCALARS = "boolean, integer, long, float, double, string, binary, datetime";
  static final String COMPLEX = "array, object, map, any, sparkml_vector";
  static final Set<String> COMPLEX_NAMES = Set.of("array", "object", "map", "any", "sparkml_vector");
  private static final Set<String> SCALAR_KEYS = Set.of("type", "name", "required", "optional");

  private final Location at;
  private final TypeReader types;
  private final int maxDimensions;

  SchemaReader(Location at) {
    this(at, ReadOptions.defaults());
  }

  SchemaReader(Location at, ReadOptions options) {
    this.at = at;
    this.types = new TypeReader(this);
    this.maxDimensions = options.maxDimensions();
  }

  Schema schema(@Nullable Object root) {
    String base = at.keyPath();
    if (!(root instanceof List<?> list)) {
      throw bad(base, "a schema must be a JSON array, got " + kind(root));
    }
    List<Object> specs = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String p = Names.index(base, i);
      if (!(list.get(i) instanceof Map<?, ?> m)) {
        throw bad(p, "expected a column or tensor spec (a JSON object), got " + kind(list.get(i)));
      }
      if (!m.containsKey("type")) {
        throw bad(p, "missing key 'type'");
      }
      specs.add("tensor".equals(m.get("type")) ? tensor(m, p) : column(m, p));
    }
    SchemaRules.Problem problem = SchemaRules.check(specs);
    if (problem != null) {
      throw bad(problem.index() < 0 ? base : Names.index(base, problem.index()), problem.message());
    }
    return Schema.build(specs);
  }

  private ColSpec column(Map<?, ?> m, String p) {
    Object typeValue = m.get("type");
    String tp = Names.key(p, "type");
    if (!(typeValue instanceof String t)) {
      throw unknown(tp, "a column type must be a string, got " + ParamValues.show(typeValue));
    }
    Object[] name = name(m, p, "column");
    DataType scalarType = DataType.fromName(t).orElse(null);
    boolean scalar = scalarType != null;
    if (!scalar && !COMPLEX_NAMES.contains(t)) {
      throw unknown(tp, "unknown column type '" + t + "' (expected one of " + SCALARS + ", " + COMPLEX + ", tensor)");
    }
    if (scalar) {
      for (Object key : m.keySet()) {
        if (!SCALAR_KEYS.contains(key)) {
          throw bad(Names.key(p, String.valueOf(key)),
              "unexpected key '" + key + "' in a column spec (MLflow accepts only type, name, required and the legacy optional)");
        }
      }
    }
    boolean required = required(m, p);
    ColumnType type = scalar ? scalarType : types.complex(m, t, p);
    return new ColSpec(type, (String) name[0], (Boolean) name[1], required);
  }

  /**
   * MLflow 2.17.2's {@code ColSpec.__init__}: a null or missing {@code required} is true; the
   * legacy {@code optional} (MLflow 2.4 to 2.7 wrote it) means {@code required = not optional}, and
   * both given (neither null) is an error.
   */
  private boolean required(Map<?, ?> m, String p) {
    Object optional = m.get("optional");
    Object required = m.get("required");
    if (optional != null) {
      if (required != null) {
        throw bad(Names.key(p, "optional"), "Only one of `optional` and `required` can be specified. "
            + "`optional` is deprecated, please use `required` instead.");
      }
      if (!(optional instanceof Boolean b)) {
        throw bad(Names.key(p, "optional"), "'optional' must be true or false, got " + ParamValues.show(optional));
      }
      return !b;
    }
    return required == null || bool(m, "required", p);
  }

  private TensorSpec tensor(Map<?, ?> m, String p) {
    Object[] name = name(m, p, "tensor");
    if (!m.containsKey("tensor-spec")) {
      throw bad(p, "missing key 'tensor-spec' in a tensor spec");
    }
    String sp = Names.key(p, "tensor-spec");
    if (!(m.get("tensor-spec") instanceof Map<?, ?> spec)) {
      throw bad(sp, "'tensor-spec' must be a JSON object, got " + kind(m.get("tensor-spec")));
    }
    for (String key : List.of("dtype", "shape")) {
      if (!spec.containsKey(key)) {
        throw bad(sp, "missing key '" + key + "' in 'tensor-spec'");
      }
    }
    String dp = Names.key(sp, "dtype");
    if (!(spec.get("dtype") instanceof String dtypeName)) {
      throw new ModelException("bad-dtype", at.withKeyPath(dp),
          "a dtype must be a string, got " + ParamValues.show(spec.get("dtype")));
    }
    NumpyDtype dtype;
    try {
      dtype = NumpyDtype.parse(dtypeName);
    } catch (IllegalArgumentException e) {
      throw new ModelException("bad-dtype", at.withKeyPath(dp), e.getMessage());
    }
    String shp = Names.key(sp, "shape");
    if (!(spec.get("shape") instanceof List<?> dims)) {
      throw bad(shp, "'shape' must be a JSON array of integers, got " + ParamValues.show(spec.get("shape")));
    }
    if (dims.size() > maxDimensions) {
      // Element counts of such shapes overflow a long long before any tensor is made.
      throw new LimitExceededException(at.withKeyPath(shp), "the tensor shape has " + dims.size()
          + " dimensions, more than the limit of " + maxDimensions + " (ReadOptions.maxDimensions)");
    }
    List<Long> shape = new ArrayList<>(dims.size());
    for (int i = 0; i < dims.size(); i++) {
      if (!(dims.get(i) instanceof Long d)) {
        throw bad(Names.index(shp, i), "a dimension must be a 64-bit integer, got " + ParamValues.show(dims.get(i)));
      }
      shape.add(d);
    }
    return new TensorSpec((String) name[0], (Boolean) name[1], dtype, shape);
  }

  /** The name and whether it is an integer; MLflow keeps any JSON value, we take strings and ints. */
  private Object[] name(Map<?, ?> m, String p, String what) {
    Object n = m.get("name");
    if (n == null || n instanceof String) {
      return new Object[] {n, false};
    }
    if (n instanceof Long || n instanceof BigInteger) {
      return new Object[] {n.toString(), true};
    }
    throw bad(Names.key(p, "name"), "a " + what + " name must be a string or an integer, got " + ParamValues.show(n));
  }

  boolean bool(Map<?, ?> m, String key, String p) {
    Object v = m.containsKey(key) ? m.get(key) : Boolean.TRUE;
    if (!(v instanceof Boolean b)) {
      throw bad(Names.key(p, key), "'" + key + "' must be true or false, got " + ParamValues.show(v));
    }
    return b;
  }

  static String kind(@Nullable Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Map<?, ?>) {
      return "an object";
    }
    if (v instanceof List<?>) {
      return "an array";
    }
    if (v instanceof String) {
      return "a string";
    }
    if (v instanceof Boolean) {
      return "a boolean";
    }
    return "a number";
  }

  ModelException bad(String path, String problem) {
    return new ModelException("bad-signature", at.withKeyPath(path), problem);
  }

  ModelException unknown(String path, String problem) {
    return new ModelException("unknown-type", at.withKeyPath(path), problem);
  }
}
