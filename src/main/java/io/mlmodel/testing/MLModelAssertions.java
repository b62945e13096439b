package io.mlmodel.testing;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.signature.ModelSignature;
import java.nio.file.Path;

/**
 * Entry point of the AssertJ assertions for this library's types. Import statically beside
 * AssertJ's own {@code assertThat}; the overloads do not clash:
 *
 * <pre>{@code
 * import static io.mlmodel.testing.MLModelAssertions.assertThat;
 * import static org.assertj.core.api.Assertions.assertThat;
 *
 * assertThat(model).hasFlavor("onnx").hasLoaderModule("mlflow.onnx");
 * }</pre>
 */
public final class MLModelAssertions {
  private MLModelAssertions() {}

  /** Assertions on a model. */
  public static MLModelAssert assertThat(MLModel actual) {
    return new MLModelAssert(actual);
  }

  /** Assertions on a signature. */
  public static SignatureAssert assertThat(ModelSignature actual) {
    return new SignatureAssert(actual);
  }

  /** Reads the model folder (or MLmodel file) and returns assertions on it; reading errors propagate. */
  public static MLModelAssert assertThatModelIn(Path folder) {
    return new MLModelAssert(MLModels.read(folder));
  }
}
