package io.mlmodel.signature;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The inputs or outputs of a model ({@code mlflow.types.Schema}): a non-empty list of either
 * {@link ColSpec column specs} or {@link TensorSpec tensor specs}, never both.
 *
 * <p>MLflow's construction rules hold for every instance: at least one input; all inputs named or
 * none; only one kind of spec; at most one unnamed tensor; no optional input in an unnamed schema.
 * Duplicate names are allowed, as in MLflow. Build one with {@link #builder()}, or read one with
 * {@link SignatureParser}; write it with {@link #toJson()}.
 *
 * <pre>{@code
 * Schema in = Schema.builder()
 *     .column("age", DataType.LONG)
 *     .optionalColumn("tags", ArrayType.of(DataType.STRING))
 *     .build();
 * in.toJson();  // the columns as MLflow writes them: "age" (long, required), then "tags"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Schema {
  private final List<ColSpec> columns;
  private final List<TensorSpec> tensors;

  private Schema(List<ColSpec> columns, List<TensorSpec> tensors) {
    this.columns = columns;
    this.tensors = tensors;
  }

  /**
   * A column-based schema; throws {@link IllegalArgumentException} when a rule is broken.
   *
   * @param columns the column specs, in order
   * @return the schema
   */
  public static Schema ofColumns(List<ColSpec> columns) {
    return of(new ArrayList<>(columns));
  }

  /**
   * A tensor-based schema; throws {@link IllegalArgumentException} when a rule is broken.
   *
   * @param tensors the tensor specs, in order
   * @return the schema
   */
  public static Schema ofTensors(List<TensorSpec> tensors) {
    return of(new ArrayList<>(tensors));
  }

  /**
   * A builder for a schema.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static Schema of(List<?> specs) {
    SchemaRules.Problem p = SchemaRules.check(specs);
    if (p != null) {
      throw new IllegalArgumentException(p.message());
    }
    return build(specs);
  }

  /** Builds without checks: the caller has run {@link SchemaRules#check(List)}. */
  @SuppressWarnings("unchecked")
  static Schema build(List<?> specs) {
    if (specs.get(0) instanceof TensorSpec) {
      return new Schema(List.of(), List.copyOf((List<TensorSpec>) specs));
    }
    return new Schema(List.copyOf((List<ColSpec>) specs), List.of());
  }

  /**
   * Whether this schema is made of tensor specs ({@code is_tensor_spec()}).
   *
   * @return true for tensor specs, false for column specs
   */
  public boolean isTensorBased() {
    return !tensors.isEmpty();
  }

  /**
   * The column specs, in order; empty for a tensor-based schema.
   *
   * @return the column specs; unmodifiable
   */
  public List<ColSpec> columns() {
    return columns;
  }

  /**
   * The tensor specs, in order; empty for a column-based schema.
   *
   * @return the tensor specs; unmodifiable
   */
  public List<TensorSpec> tensors() {
    return tensors;
  }

  /**
   * The first column with this name (an integer name by its decimal text), if any.
   *
   * @param name the name to look for
   * @return the column spec, or empty when none has this name
   */
  public java.util.Optional<ColSpec> column(String name) {
    return columns.stream().filter(c -> name.equals(c.name())).findFirst();
  }

  /**
   * The first tensor with this name, if any.
   *
   * @param name the name to look for
   * @return the tensor spec, or empty when none has this name
   */
  public java.util.Optional<TensorSpec> tensor(String name) {
    return tensors.stream().filter(t -> name.equals(t.name())).findFirst();
  }

  /**
   * The number of inputs (columns or tensors).
   *
   * @return the number of column or tensor specs
   */
  public int size() {
    return isTensorBased() ? tensors.size() : columns.size();
  }

  /**
   * Whether the inputs have names ({@code has_input_names()}: the first one has a name).
   *
   * @return true when the first input has a name
   */
  public boolean hasInputNames() {
    return isTensorBased() ? tensors.get(0).name() != null : columns.get(0).name() != null;
  }

  /**
   * MLflow's {@code input_names()}: each input's name or, where the name is missing or falsy in
   * Python (null, {@code ""}, the integer 0), its position, written in decimal.
   *
   * @return one entry per input, in order
   */
  public List<String> inputNames() {
    return names(0);
  }

  /**
   * {@code required_input_names()}: {@link #inputNames()} of the required inputs.
   *
   * @return the names of the inputs without {@code required: false}, in order
   */
  public List<String> requiredInputNames() {
    return names(1);
  }

  /**
   * {@code optional_input_names()}: {@link #inputNames()} of the optional inputs.
   *
   * @return the names of the inputs with {@code required: false}, in order
   */
  public List<String> optionalInputNames() {
    return names(2);
  }

  private List<String> names(int which) {
    List<String> out = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      boolean truthy;
      boolean required;
      String name;
      if (isTensorBased()) {
        TensorSpec t = tensors.get(i);
        truthy = t.nameIsTruthy();
        required = true;
        name = t.name();
      } else {
        ColSpec c = columns.get(i);
        truthy = c.nameIsTruthy();
        required = c.required();
        name = c.name();
      }
      if (which == 0 || (which == 1) == required) {
        out.add(truthy ? name : Integer.toString(i));
      }
    }
    return List.copyOf(out);
  }

  /**
   * MLflow's {@code to_dict()}: a list of insertion-ordered maps, in MLflow's key order.
   *
   * @return one map per input, as Python's {@code to_dict()} returns
   */
  public List<Map<String, @Nullable Object>> toDict() {
    List<Map<String, @Nullable Object>> out = new ArrayList<>(size());
    for (ColSpec c : columns) {
      Map<String, @Nullable Object> d = TypeJson.toDict(c.type());
      if (c.name() != null) {
        d.put("name", c.nameIsInteger() ? new BigInteger(c.name()) : c.name());
      }
      d.put("required", c.required());
      out.add(d);
    }
    for (TensorSpec t : tensors) {
      Map<String, @Nullable Object> d = new LinkedHashMap<>();
      if (t.name() != null) {
        d.put("name", t.nameIsInteger() ? new BigInteger(t.name()) : t.name());
      }
      d.put("type", "tensor");
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("dtype", t.dtype().numpyName());
      spec.put("shape", t.shape());
      d.put("tensor-spec", spec);
      out.add(d);
    }
    return out;
  }

  /**
   * The JSON MLflow writes for this schema in {@code MLmodel}, byte for byte ({@code to_json()}).
   *
   * @return the JSON text, MLflow's spacing and key order
   */
  public String toJson() {
    return PyJson.write(toDict());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Schema s && s.columns.equals(columns) && s.tensors.equals(tensors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, tensors);
  }

  /** A readable table of the inputs, one per line. */
  @Override
  public String toString() {
    return SchemaTable.render(this);
  }

  /** Collects specs; {@link #build()} checks MLflow's rules. Not thread-safe. */
  public static final class Builder {
    private final List<Object> specs = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a required column.
     *
     * @param name the column name
     * @param type the column type
     * @return this builder
     */
    public Builder column(String name, ColumnType type) {
      return column(ColSpec.of(name, type));
    }

    /**
     * Adds an optional column ({@code required: false}); only a named schema may have one.
     *
     * @param name the column name
     * @param type the column type
     * @return this builder
     */
    public Builder optionalColumn(String name, ColumnType type) {
      return column(ColSpec.optional(name, type));
    }

    /**
     * Adds a required unnamed column; then every input must be unnamed.
     *
     * @param type the column type
     * @return this builder
     */
    public Builder unnamedColumn(ColumnType type) {
      return column(ColSpec.unnamed(type));
    }

    /**
     * Adds a column.
     *
     * @param column the column spec
     * @return this builder
     */
    public Builder column(ColSpec column) {
      specs.add(Objects.requireNonNull(column, "column"));
      return this;
    }

    /**
     * Adds a tensor; {@code name} may be null.
     *
     * @param name the tensor name, or null for the one unnamed tensor a schema may hold
     * @param dtype the element type
     * @param shape the dimensions, {@code -1} for a variable one; none for a 0-d tensor
     * @return this builder
     */
    public Builder tensor(@Nullable String name, NumpyDtype dtype, long... shape) {
      return tensor(TensorSpec.of(name, dtype, shape));
    }

    /**
     * Adds a tensor.
     *
     * @param tensor the tensor spec
     * @return this builder
     */
    public Builder tensor(TensorSpec tensor) {
      specs.add(Objects.requireNonNull(tensor, "tensor"));
      return this;
    }

    /**
     * The schema; throws {@link IllegalArgumentException} naming the broken rule.
     *
     * @return a new schema of the specs added so far, in order; the builder can be reused
     * @throws IllegalArgumentException when no spec was added, or the specs break one of MLflow's
     *     rules (see the class comment)
     */
    public Schema build() {
      return of(new ArrayList<>(specs));
    }
  }
}
