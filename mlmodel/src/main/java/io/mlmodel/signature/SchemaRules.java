package io.mlmodel.signature;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** MLflow's {@code Schema.__init__} rules, shared by the builders and the parser. */
final class SchemaRules {
  private SchemaRules() {}

  /** A broken rule: the input it was found at (-1 for the whole schema) and what is wrong. */
  record Problem(int index, String message) {}

  /** MLflow's {@code Schema.__init__} rules, in MLflow's order; null when all hold. */
  static @Nullable Problem check(List<?> specs) {
    if (specs.isEmpty()) {
      return new Problem(-1, "a schema must have at least one input");
    }
    for (Object s : specs) {
      Objects.requireNonNull(s, "spec");
      if (!(s instanceof ColSpec) && !(s instanceof TensorSpec)) {
        throw new IllegalArgumentException("not a ColSpec or TensorSpec: " + s.getClass().getName());
      }
    }
    boolean firstNamed = nameOf(specs.get(0)) != null;
    for (int i = 1; i < specs.size(); i++) {
      if ((nameOf(specs.get(i)) != null) != firstNamed) {
        return new Problem(i, "inputs must be all named or all unnamed, but input 0 is "
            + (firstNamed ? "named" : "unnamed") + " and input " + i + " is "
            + (firstNamed ? "unnamed" : "named"));
      }
    }
    boolean firstTensor = specs.get(0) instanceof TensorSpec;
    for (int i = 1; i < specs.size(); i++) {
      if ((specs.get(i) instanceof TensorSpec) != firstTensor) {
        return new Problem(i, "a schema cannot mix column specs and tensor specs, but input 0 is a "
            + (firstTensor ? "tensor" : "column") + " spec and input " + i + " a "
            + (firstTensor ? "column" : "tensor") + " spec");
      }
    }
    if (firstTensor && specs.size() > 1 && !firstNamed) {
      return new Problem(1, "a schema may hold only one unnamed tensor spec; name every tensor");
    }
    if (!firstNamed && !firstTensor) {
      for (int i = 0; i < specs.size(); i++) {
        ColSpec c = (ColSpec) specs.get(i);
        if (!c.required()) {
          return new Problem(i, "an unnamed schema cannot have optional inputs, but input " + i
              + " is optional; name the inputs or make them required");
        }
      }
    }
    return null;
  }

  private static @Nullable String nameOf(Object spec) {
    return spec instanceof ColSpec c ? c.name() : ((TensorSpec) spec).name();
  }

}
