package io.mlmodel.testing;

import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.ColumnType;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.ParamSpec;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.TensorSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on a {@link ModelSignature}: {@code
 * assertThat(model).signature().hasInput("age", DataType.LONG).hasOutput(DataType.DOUBLE)}. Column
 * types compare structurally, as in MLflow ({@code new ArrayType(DataType.STRING)} equals the
 * {@code Array(string)} read from a file). A failure prints the whole schema.
 */
public class SignatureAssert extends AbstractAssert<SignatureAssert, ModelSignature> {

  /**
   * Assertions on {@code actual}; tests get them from {@link MLModelAssertions}, subclasses call this.
   *
   * @param actual the signature under test
   */
  protected SignatureAssert(ModelSignature actual) {
    super(actual, SignatureAssert.class);
  }

  /**
   * The inputs have a column or tensor named {@code name}.
   *
   * @param name the input's name
   * @return this assertion, for chaining
   */
  public SignatureAssert hasInput(String name) {
    Schema in = inputs();
    if (in.column(name).isEmpty() && in.tensor(name).isEmpty()) {
      failWithMessage("%nExpecting the signature inputs to have '%s' but they are%n  %s", name, in);
    }
    return this;
  }

  /**
   * The inputs have a column {@code name} of {@code type}.
   *
   * @param name the column's name
   * @param type the expected type, compared structurally
   * @return this assertion, for chaining
   */
  public SignatureAssert hasInput(String name, ColumnType type) {
    return column("inputs", inputs(), name, type);
  }

  /**
   * The input column {@code name} is required (or, with false, optional).
   *
   * @param name the column's name
   * @param required true for required, false for optional
   * @return this assertion, for chaining
   */
  public SignatureAssert hasRequiredInput(String name, boolean required) {
    Optional<ColSpec> c = inputs().column(name);
    if (c.isEmpty() || c.get().required() != required) {
      failWithMessage("%nExpecting the signature inputs to have the %s column '%s' but they are%n  %s",
          required ? "required" : "optional", name, inputs());
    }
    return this;
  }

  /**
   * The inputs have a tensor {@code name} of {@code dtype} and {@code shape} ({@code -1} for any size).
   *
   * @param name the tensor's name, or null for the unnamed tensor
   * @param dtype the numpy dtype
   * @param shape the dimensions, {@code -1} where any size goes
   * @return this assertion, for chaining
   */
  public SignatureAssert hasTensorInput(@Nullable String name, NumpyDtype dtype, long... shape) {
    return tensor("inputs", inputs(), name, dtype, shape);
  }

  /**
   * The input names are exactly these, in this order.
   *
   * @param names the expected names, as {@code Schema.inputNames()} gives them
   * @return this assertion, for chaining
   */
  public SignatureAssert hasInputNames(String... names) {
    if (!inputs().inputNames().equals(List.of(names))) {
      failWithMessage("%nExpecting the signature input names to be %s but they are %s", List.of(names), inputs().inputNames());
    }
    return this;
  }

  /**
   * The outputs have a column {@code name} of {@code type}.
   *
   * @param name the column's name
   * @param type the expected type, compared structurally
   * @return this assertion, for chaining
   */
  public SignatureAssert hasOutput(String name, ColumnType type) {
    return column("outputs", outputs(), name, type);
  }

  /**
   * The outputs are one unnamed column of {@code type}, as a regressor's or classifier's are.
   *
   * @param type the expected type, compared structurally
   * @return this assertion, for chaining
   */
  public SignatureAssert hasOutput(ColumnType type) {
    Schema out = outputs();
    if (out.isTensorBased() || out.columns().size() != 1 || !out.columns().get(0).type().equals(type)) {
      failWithMessage("%nExpecting the signature outputs to be one column of %s but they are%n  %s", type, out);
    }
    return this;
  }

  /**
   * The outputs have a tensor {@code name} of {@code dtype} and {@code shape}.
   *
   * @param name the tensor's name, or null for the unnamed tensor
   * @param dtype the numpy dtype
   * @param shape the dimensions, {@code -1} where any size goes
   * @return this assertion, for chaining
   */
  public SignatureAssert hasTensorOutput(@Nullable String name, NumpyDtype dtype, long... shape) {
    return tensor("outputs", outputs(), name, dtype, shape);
  }

  /**
   * The params schema has {@code name} of {@code type} with this default.
   *
   * @param name the parameter's name
   * @param type the expected type, compared structurally
   * @param defaultValue the expected default, compared with {@code equals}; null for none
   * @return this assertion, for chaining
   */
  public SignatureAssert hasParam(String name, ColumnType type, @Nullable Object defaultValue) {
    isNotNull();
    Optional<ParamSpec> p = actual.params().flatMap(ps -> ps.param(name));
    if (p.isEmpty() || !p.get().type().equals(type) || !Objects.equals(p.get().defaultValue(), defaultValue)) {
      failWithMessage("%nExpecting the signature params to have %s: %s = %s but they are%n  %s", name, type,
          defaultValue, actual.params().map(Object::toString).orElse("absent"));
    }
    return this;
  }

  /**
   * The signature has no params schema.
   *
   * @return this assertion, for chaining
   */
  public SignatureAssert hasNoParams() {
    isNotNull();
    if (actual.params().isPresent()) {
      failWithMessage("%nExpecting the signature to have no params but it has%n  %s", actual.params().get());
    }
    return this;
  }

  private SignatureAssert column(String part, Schema schema, String name, ColumnType type) {
    Optional<ColSpec> c = schema.column(name);
    if (c.isEmpty() || !c.get().type().equals(type)) {
      failWithMessage("%nExpecting the signature %s to have the column %s: %s but they are%n  %s", part, name, type, schema);
    }
    return this;
  }

  private SignatureAssert tensor(String part, Schema schema, @Nullable String name, NumpyDtype dtype, long... shape) {
    TensorSpec wanted = TensorSpec.of(name, dtype, shape);
    Optional<TensorSpec> t = name == null
        ? schema.tensors().stream().filter(x -> x.name() == null).findFirst()
        : schema.tensor(name);
    if (t.isEmpty() || !t.get().equals(wanted)) {
      failWithMessage("%nExpecting the signature %s to have the tensor %s but they are%n  %s", part, wanted, schema);
    }
    return this;
  }

  private Schema inputs() {
    isNotNull();
    if (actual.inputs().isEmpty()) {
      failWithMessage("%nExpecting the signature to have inputs but it has none: %s", actual);
    }
    return actual.inputs().orElseThrow();
  }

  private Schema outputs() {
    isNotNull();
    if (actual.outputs().isEmpty()) {
      failWithMessage("%nExpecting the signature to have outputs but it has none: %s", actual);
    }
    return actual.outputs().orElseThrow();
  }
}
