package io.mlmodel.signature;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The inference parameters of a model ({@code mlflow.types.ParamSchema}): a list of {@link
 * ParamSpec} with unique names. It may be empty (MLflow then writes {@code params: null}).
 * Immutable and thread-safe.
 *
 * @param params the params, in order
 */
public record ParamSchema(List<ParamSpec> params) {

  /**
   * Checks the params and keeps an unmodifiable copy.
   *
   * @param params the params, in order; possibly empty, with unique names
   * @throws IllegalArgumentException when two params share a name ({@code duplicate param name})
   * @throws NullPointerException when {@code params} or one of its elements is null
   */
  public ParamSchema {
    params = List.copyOf(params);
    String dup = duplicate(params);
    if (dup != null) {
      throw new IllegalArgumentException("duplicate param name '" + dup + "'");
    }
  }

  /**
   * A schema of these params.
   *
   * @param params the params, in order; none gives an empty schema
   * @return the param schema
   * @throws IllegalArgumentException when two params share a name
   */
  public static ParamSchema of(ParamSpec... params) {
    return new ParamSchema(List.of(params));
  }

  static @Nullable String duplicate(List<ParamSpec> params) {
    Set<String> seen = new HashSet<>();
    for (ParamSpec p : params) {
      Objects.requireNonNull(p, "param");
      if (!seen.add(p.name())) {
        return p.name();
      }
    }
    return null;
  }

  /**
   * The param with this name, if any.
   *
   * @param name the param name, compared exactly
   * @return the param spec, or empty when there is no param of this name
   */
  public Optional<ParamSpec> param(String name) {
    return params.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * MLflow's {@code to_dict()}: one map per param.
   *
   * @return a new list of {@link ParamSpec#toDict()} maps, in the params' order; empty for an
   *     empty schema
   */
  public List<Map<String, @Nullable Object>> toDict() {
    List<Map<String, @Nullable Object>> out = new ArrayList<>(params.size());
    for (ParamSpec p : params) {
      out.add(p.toDict());
    }
    return out;
  }

  /**
   * The JSON MLflow writes for these params, byte for byte ({@code to_json()}).
   *
   * @return the JSON array text, MLflow's spacing and key order; {@code []} for an empty schema
   */
  public String toJson() {
    return PyJson.write(toDict());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("params (").append(params.size()).append(")\n");
    for (ParamSpec p : params) {
      sb.append("  ").append(p).append('\n');
    }
    return sb.toString();
  }
}
