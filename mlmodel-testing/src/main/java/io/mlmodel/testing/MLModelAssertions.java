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

  /**
   * Assertions on a model.
   *
   * @param actual the model under test
   * @return the model's assertions
   */
  public static MLModelAssert assertThat(MLModel actual) {
    return new MLModelAssert(actual);
  }

  /**
   * Assertions on a signature.
   *
   * @param actual the signature under test
   * @return the signature's assertions
   */
  public static SignatureAssert assertThat(ModelSignature actual) {
    return new SignatureAssert(actual);
  }

  /**
   * Assertions on a validation report's findings.
   *
   * @param report the report under test
   * @return assertions on its findings
   */
  public static FindingsAssert assertThat(ValidationReport report) {
    return new FindingsAssert(report.findings()).as("findings of %s", report.path());
  }

  /**
   * Assertions on a list of findings (named so as not to clash with AssertJ's list assertions).
   *
   * @param findings the findings under test
   * @return their assertions
   */
  public static FindingsAssert assertThatFindings(List<Finding> findings) {
    return new FindingsAssert(findings);
  }

  /**
   * Reads the model folder (or MLmodel file) and returns assertions on it; reading errors propagate.
   *
   * @param folder a model folder or MLmodel file
   * @return the assertions on the model read from it
   * @throws io.mlmodel.MLModelException when the model cannot be read
   */
  public static MLModelAssert assertThatModelIn(Path folder) {
    return new MLModelAssert(MLModels.read(folder));
  }
}
