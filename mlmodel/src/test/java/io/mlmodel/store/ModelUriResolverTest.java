package io.mlmodel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.model.MLModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The resolver SPI: ModelLocations, MLModels.read(String) ask the service-loaded resolvers first. */
class ModelUriResolverTest {

  @Test
  void aResolverAnswersAUriTheLocalStoreRefuses() {
    assertThat(ModelLocations.resolve("fixture:mlflow1_sklearn")).isEqualTo(Path.of("testdata/models/mlflow1_sklearn"));
    MLModel model = MLModels.read("fixture:mlflow1_sklearn");
    assertThat(model.flavors()).containsKey("sklearn");
  }

  @Test
  void whenEveryResolverDeclinesTheLocalErrorStands() {
    ModelException e = catchThrowableOfType(ModelException.class,
        () -> ModelLocations.resolve("mlflow-artifacts:/declined-by-all"));
    assertThat(e.code()).isEqualTo("unsupported-uri");
    assertThat(e.problem()).startsWith("'mlflow-artifacts:/declined-by-all' names a remote store ('mlflow-artifacts:')");
  }

  @Test
  void aResolverThatDoesNotSayWhatItHandlesIsAskedToResolve() {
    ModelUriResolver r = new FixtureUriResolver();
    assertThat(r.handles("fixture:mlflow1_sklearn")).isTrue();
    assertThat(r.handles("mlflow-artifacts:/declined-by-all")).isFalse();
  }

  @Test
  void pathsNeverReachAResolver() {
    assertThat(ModelLocations.resolve("fixture-like/path")).isEqualTo(Path.of("fixture-like/path"));
    assertThat(MLModels.read("testdata/models/mlflow1_sklearn").flavors()).containsKey("sklearn");
  }
}
