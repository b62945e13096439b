package io.mlmodel.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code onnx} flavor (format reference §8.1).
 *
 * @param onnxVersion the onnx package version that saved the model
 * @param data the model file, normally {@code model.onnx}; external tensor data lies beside it
 * @param providers the ONNX Runtime execution providers in order of preference; empty when absent
 * @param sessionOptions {@code onnx_session_options}: keys of ONNX Runtime's SessionOptions
 * @param code the folder of copied code paths
 * @param flavor the generic view, with every key
 */
public record OnnxFlavor(
    @Nullable String onnxVersion,
    @Nullable String data,
    List<String> providers,
    Map<String, Object> sessionOptions,
    @Nullable String code,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "onnx";

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code onnx} flavor, as read or built; its name is not checked
   * @return the typed view of {@code f}; {@code providers} and {@code sessionOptions} are
   *     empty when absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key has the wrong type
   */
  public static OnnxFlavor from(Flavor f) {
    return new OnnxFlavor(
        f.string("onnx_version").orElse(null),
        f.string("data").orElse(null),
        f.strings("providers").orElse(List.of()),
        f.mapping("onnx_session_options").orElse(Map.of()),
        f.string("code").orElse(null),
        f);
  }
}
