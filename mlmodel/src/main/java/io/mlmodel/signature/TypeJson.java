package io.mlmodel.signature;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** MLflow's {@code to_dict()} of a column type, keys in MLflow's order. */
final class TypeJson {
  private TypeJson() {}

  static Map<String, @Nullable Object> toDict(ColumnType type) {
    Map<String, @Nullable Object> d = new LinkedHashMap<>();
    d.put("type", type.typeName());
    if (type instanceof ArrayType a) {
      d.put("items", toDict(a.items()));
    } else if (type instanceof MapType m) {
      d.put("values", toDict(m.values()));
    } else if (type instanceof ObjectType o) {
      d.put("properties", properties(o));
    }
    return d;
  }

  static Map<String, Object> properties(ObjectType o) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (Property p : o.properties()) {
      // A property read from map<sparkml_vector> holds a bare vector (MLflow's quirk), but MLflow
      // cannot read a property of type sparkml_vector: write the spelling that reads back the same.
      Map<String, @Nullable Object> pd = p.type() instanceof SparkMLVectorType
          ? toDict(MapType.of(p.type())) : toDict(p.type());
      pd.put("required", p.required());
      props.put(p.name(), pd);
    }
    return props;
  }
}
