package io.mlmodel.onnx;

import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.Params;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.TensorSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The shortcut for the commonest prediction: one tensor and no params, for a graph with one tensor
 * input. A tensor that already {@linkplain Tensor#matches matches} the signature's only tensor spec
 * comes out of enforcement unchanged and then feeds the graph's only input, so the predictor hands
 * it straight to the graph; so does a {@link TensorMap} of that one tensor under the spec's name
 * (a decoded {@code inputs} request). Every other input takes the full path, which makes the
 * conversions and gives the errors. On a small model the layers of the full path cost several
 * percent of a run.
 */
final class DirectFeed {
  private final OrtTensors.Input graphInput;
  private final @Nullable TensorSpec spec;
  /** The name a one-tensor map must use: the spec's, or without a spec the graph input's. */
  private final @Nullable String mapKey;

  private DirectFeed(OrtTensors.Input graphInput, @Nullable TensorSpec spec, @Nullable String mapKey) {
    this.graphInput = graphInput;
    this.spec = spec;
    this.mapKey = mapKey;
  }

  /**
   * The shortcut for a model, or null where its inputs always need the full path.
   *
   * @param typeHint whether the signature came from type hints (no input enforcement); null when
   *     the model's flag is malformed, which every prediction must report
   * @param aliases signature input name to graph input name, as {@link SignatureNames} gives them
   */
  static @Nullable DirectFeed of(Optional<ModelSignature> signature, @Nullable Boolean typeHint,
      List<String> graphInputs, Map<String, OrtTensors.Input> tensorInputs, Map<String, String> aliases) {
    OrtTensors.Input input = graphInputs.size() == 1 ? tensorInputs.get(graphInputs.get(0)) : null;
    if (typeHint == null || input == null) {
      return null;
    }
    String graph = input.name();
    Schema schema = signature.flatMap(ModelSignature::inputs).orElse(null);
    if (schema == null || typeHint) {
      return new DirectFeed(input, null, graph);
    }
    if (!schema.isTensorBased() || schema.tensors().size() != 1) {
      return null;
    }
    TensorSpec only = schema.tensors().get(0);
    String name = only.name();
    // An unnamed spec feeds the only graph input; a named one must reach it by name or position.
    if (name == null) {
      // MLflow refuses a dict for an unnamed spec: maps take the full path and its error.
      return new DirectFeed(input, only, null);
    }
    if (name.equals(graph) || graph.equals(aliases.get(name))) {
      return new DirectFeed(input, only, name);
    }
    return null;
  }

  /** The graph input the tensor feeds. */
  OrtTensors.Input graphInput() {
    return graphInput;
  }

  /** {@code input} itself when it can feed the graph as it is; null when it needs the full path. */
  @Nullable Tensor accept(PredictInput input, Params params) {
    if (!params.isEmpty()) {
      return null;
    }
    Tensor t;
    if (input instanceof Tensor x) {
      t = x;
    } else if (mapKey != null && input instanceof TensorMap m && m.size() == 1) {
      t = m.tensors().get(mapKey);
    } else {
      return null;
    }
    return t != null && (spec == null || t.matches(spec)) ? t : null;
  }
}
