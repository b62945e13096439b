package io.mlmodel.testing;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.validate.Finding;
import io.mlmodel.validate.ValidationReport;
import java.nio.file.Path;
import java.util.List;

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

  /** Assertions on a validation report's findings. */
  public static FindingsAssert assertThat(ValidationReport report) {
    return new FindingsAssert(report.findings()).as("findings of %s", report.path());
  }

  /** Assertions on a list of findings (named so as not to clash with AssertJ's list assertions). */
  public static FindingsAssert assertThatFindings(List<Finding> findings) {
    return new FindingsAssert(findings);
  }

  /** Reads the model folder (or MLmodel file) and returns assertions on it; reading errors propagate. */
  public static MLModelAssert assertThatModelIn(Path folder) {
    return new MLModelAssert(MLModels.read(folder));
  }
}
