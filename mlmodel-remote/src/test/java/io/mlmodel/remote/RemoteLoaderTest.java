package io.mlmodel.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.enforce.Params;
import io.mlmodel.model.MLModel;
import io.mlmodel.predict.LoaderRegistry;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.PredictorLoader;
import io.mlmodel.predict.Predictors;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fallback loader: off unless configured, and last whatever the order of registration. No Python. */
class RemoteLoaderTest {
  static Path testdata(String... parts) {
    return Path.of(System.getProperty("mlmodel.testdata", "../testdata"), parts);
  }

  final MLModel faulty = MLModels.read(testdata("remote", "faulty"));

  @Test
  void theServiceLoadedLoaderIsLastAndOffByDefault() {
    List<PredictorLoader> loaders = Predictors.registry().loaders();
    assertThat(loaders.get(loaders.size() - 1)).isInstanceOf(RemoteLoader.class);
    assertThat(System.getProperty(RemoteLoader.PROPERTY)).isNull();
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(RemoteLoader.ENV) == null);
    assertThatThrownBy(() -> Predictors.resolve(faulty))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors: no predictor loader can run this model; it has flavors [python_function];"
            + " loaders: ")
        // the last loader named, whichever in-JVM loaders the class path has before it
        .hasMessageEndingWith("mlflow-serve (runs [python_function]) declined: off; set -Dmlmodel.remote.mlflow or"
            + " MLMODEL_REMOTE_MLFLOW to an mlflow command to serve the model with mlflow models serve");
  }

  @Test
  void theSystemPropertyTurnsItOn() {
    System.setProperty(RemoteLoader.PROPERTY, "/opt/venv/bin/python3.11");
    try {
      assertThat(new RemoteLoader().declines(faulty)).isEmpty();
      assertThat(MlflowCommand.parse(System.getProperty(RemoteLoader.PROPERTY)))
          .containsExactly("/opt/venv/bin/python3.11", "-m", "mlflow");
    } finally {
      System.clearProperty(RemoteLoader.PROPERTY);
    }
    assertThat(new RemoteLoader().declines(faulty)).isPresent();
  }

  @Test
  void anInJvmRuntimeWinsOverTheFallbackWhereverItWasRegistered() {
    MLModel onnx = MLModels.read(testdata("onnx", "dtypes"));
    assertThat(onnx.flavors()).containsKeys("python_function", "onnx");
    PredictorLoader inJvm = new PredictorLoader() {
      public String name() {
        return "in-jvm";
      }

      public List<String> flavors() {
        return List.of("onnx");
      }

      public Class<? extends Predictor> predictorType() {
        return Predictor.class;
      }

      public Optional<String> declines(MLModel m) {
        return Optional.empty();
      }

      public Predictor load(MLModel m) {
        return new Predictor() {
          public MLModel model() {
            return m;
          }

          public PredictOutput predict(PredictInput input, Params params) {
            return PredictOutput.plain("in-jvm");
          }

          public void close() {}
        };
      }
    };
    RemoteLoader fallback = RemoteLoader.serving(List.of("/no/such/mlflow"), RemoteOptions.defaults());
    LoaderRegistry r = LoaderRegistry.empty().with(inJvm).with(fallback);
    assertThat(r.loaders()).containsExactly(inJvm, fallback);
    try (Predictor p = r.resolve(onnx)) {
      assertThat(p.predict(io.mlmodel.data.Tensor.ofFloats(new float[] {1}, 1)))
          .isEqualTo(PredictOutput.plain("in-jvm"));
    }
  }

  @Test
  void aModelWithoutPythonFunctionIsDeclined() {
    RemoteLoader l = RemoteLoader.serving(List.of("mlflow"), RemoteOptions.defaults());
    assertThat(l.fallback()).isTrue();
    assertThat(l.declines(MLModels.read(testdata("onnx", "dtypes")))).isEmpty();
  }
}
