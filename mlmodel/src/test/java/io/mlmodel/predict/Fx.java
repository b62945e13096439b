package io.mlmodel.predict;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.InputException;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.request.ScoringRequests;
import io.mlmodel.signature.ColumnType;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.ParamSchema;
import io.mlmodel.signature.ParamSpec;
import io.mlmodel.signature.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Small builders shared by the predict tests. */
final class Fx {
  static final EnforcementOptions SAFE = EnforcementOptions.defaults();
  static final EnforcementOptions MLFLOW = EnforcementOptions.builder()
      .compatibility(EnforcementOptions.Compatibility.MLFLOW).build();

  private Fx() {}

  /** A signature with one required column {@code c} of {@code type}. */
  static ModelSignature one(ColumnType type) {
    return sig(Schema.builder().column("c", type).build());
  }

  static ModelSignature sig(Schema inputs) {
    return new ModelSignature(inputs, null, null);
  }

  static ModelSignature sig(Schema inputs, ParamSpec... params) {
    return new ModelSignature(inputs, null, ParamSchema.of(params));
  }

  static ModelSignature params(ParamSpec... params) {
    return new ModelSignature(null, null, ParamSchema.of(params));
  }

  /** Decodes and enforces a JSON request. */
  static EnforcedInput request(String json, ModelSignature sig, EnforcementOptions o) {
    ScoringRequest r = ScoringRequests.decodeJson(json, sig, o);
    return Enforcement.enforce(r.input(), r.params(), sig, o);
  }

  static EnforcedInput request(String json, ModelSignature sig) {
    return request(json, sig, SAFE);
  }

  /** Enforces a table against a column schema. */
  static ColumnTable enforce(ColumnTable t, Schema s, EnforcementOptions o) {
    return (ColumnTable) Enforcement.enforceInput(t, s, o);
  }

  static ColumnTable table(EnforcedInput e) {
    return (ColumnTable) e.input();
  }

  /** The values of column {@code name}, boxed. */
  static List<Object> values(PredictInput in, String name) {
    Column c = ((ColumnTable) in).column(name).orElseThrow();
    List<Object> out = new ArrayList<>();
    for (int r = 0; r < c.size(); r++) {
      out.add(c.getObject(r));
    }
    return out;
  }

  static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> fails(ThrowingCallable call, String code) {
    return assertThatThrownBy(call).isInstanceOf(InputException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InputException) e).code()).isEqualTo(code));
  }

  static Map<String, Object> noParams() {
    return Map.of();
  }
}
