package io.mlmodel.signature;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A model's signature ({@code mlflow.models.ModelSignature}): the input schema, the output schema
 * and the inference params, each optional but not all three absent.
 *
 * <pre>{@code
 * ModelSignature sig = ModelSignature.builder()
 *     .inputs(Schema.builder().column("x", DataType.DOUBLE).build())
 *     .outputs(Schema.builder().unnamedColumn(DataType.LONG).build())
 *     .params(ParamSchema.of(ParamSpec.of("temperature", DataType.DOUBLE, 0.7)))
 *     .build();
 * sig.toDict();  // {inputs=[{"type": "double", ...}], outputs=..., params=...}
 * }</pre>
 *
 * <p>Read one from an {@code MLmodel} file's strings with {@link SignatureParser}. Immutable and
 * thread-safe.
 */
public final class ModelSignature {
  private final @Nullable Schema inputs;
  private final @Nullable Schema outputs;
  private final @Nullable ParamSchema params;

  /**
   * A signature; throws {@link IllegalArgumentException} when all three parts are null (MLflow's
   * {@code At least one of inputs, outputs or params must be provided}).
   *
   * @param inputs the input schema, or null when the model declares none
   * @param outputs the output schema, or null when the model declares none
   * @param params the inference params, or null when the model declares none
   * @throws IllegalArgumentException when {@code inputs}, {@code outputs} and {@code params} are
   *     all null
   */
  public ModelSignature(@Nullable Schema inputs, @Nullable Schema outputs, @Nullable ParamSchema params) {
    if (inputs == null && outputs == null && params == null) {
      throw new IllegalArgumentException("At least one of inputs, outputs or params must be provided");
    }
    this.inputs = inputs;
    this.outputs = outputs;
    this.params = params;
  }

  /**
   * A builder for a signature.
   *
   * @return a new builder with no parts set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The input schema, when there is one.
   *
   * @return the input schema, or empty when the signature has none
   */
  public Optional<Schema> inputs() {
    return Optional.ofNullable(inputs);
  }

  /**
   * The output schema, when there is one.
   *
   * @return the output schema, or empty when the signature has none
   */
  public Optional<Schema> outputs() {
    return Optional.ofNullable(outputs);
  }

  /**
   * The params, when there are any (an empty param schema counts as present).
   *
   * @return the param schema, possibly with no params, or empty when the signature has none
   */
  public Optional<ParamSchema> params() {
    return Optional.ofNullable(params);
  }

  /**
   * MLflow's {@code to_dict()}: the keys {@code inputs}, {@code outputs} and {@code params}, each the
   * JSON string of its part or null. An empty param schema is written as null, as MLflow does,
   * except when it is the signature's only part: then it is {@code "[]"}, so that the dict reads
   * back (docs/signature.md).
   *
   * @return a new, modifiable map with exactly the three keys in that order; a value is null for
   *     an absent part
   */
  public Map<String, @Nullable String> toDict() {
    Map<String, @Nullable String> d = new LinkedHashMap<>();
    d.put("inputs", inputs == null ? null : inputs.toJson());
    d.put("outputs", outputs == null ? null : outputs.toJson());
    // MLflow writes an empty ParamSchema as None; alone, that makes a dict neither MLflow nor this
    // library can read back ("At least one of inputs, outputs or params"), so then it stays "[]".
    boolean asMlflow = params == null || params.params().isEmpty() && (inputs != null || outputs != null);
    d.put("params", asMlflow ? null : params.toJson());
    return d;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelSignature s && Objects.equals(s.inputs, inputs)
        && Objects.equals(s.outputs, outputs) && Objects.equals(s.params, params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputs, outputs, params);
  }

  /** The three parts as readable tables. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("inputs: ").append(inputs == null ? "none\n" : inputs.toString());
    sb.append("outputs: ").append(outputs == null ? "none\n" : outputs.toString());
    sb.append(params == null ? "params: none\n" : params.toString());
    return sb.toString();
  }

  /** Builds a {@link ModelSignature}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Schema inputs;
    private @Nullable Schema outputs;
    private @Nullable ParamSchema params;

    private Builder() {}

    /**
     * Sets the input schema.
     *
     * @param value the input schema, or null for none (replacing an earlier value)
     * @return this builder
     */
    public Builder inputs(@Nullable Schema value) {
      this.inputs = value;
      return this;
    }

    /**
     * Sets the output schema.
     *
     * @param value the output schema, or null for none (replacing an earlier value)
     * @return this builder
     */
    public Builder outputs(@Nullable Schema value) {
      this.outputs = value;
      return this;
    }

    /**
     * Sets the inference params.
     *
     * @param value the param schema, or null for none (replacing an earlier value)
     * @return this builder
     */
    public Builder params(@Nullable ParamSchema value) {
      this.params = value;
      return this;
    }

    /**
     * The signature; throws {@link IllegalArgumentException} when all three parts are missing.
     *
     * @return a new signature of the parts set so far; the builder can be reused
     * @throws IllegalArgumentException when inputs, outputs and params are all unset or null
     */
    public ModelSignature build() {
      return new ModelSignature(inputs, outputs, params);
    }
  }
}
