package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.enforce.Params;
import io.mlmodel.model.MLModel;
import io.mlmodel.predict.LoaderRegistry;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.PredictorLoader;
import io.mlmodel.predict.Predictors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a registry picks a loader: by flavor, in order, falling through on declines. */
class LoaderRegistryTest {
  @TempDir Path dir;

  MLModel model(String flavors) throws IOException {
    Files.writeString(dir.resolve("MLmodel"), "flavors:\n" + flavors);
    return MLModels.read(dir);
  }

  MLModel sklearn() throws IOException {
    return model("  python_function:\n    loader_module: mlflow.sklearn\n  sklearn:\n    pickled_model: model.pkl\n");
  }

  @Test
  void theFirstLoaderThatAcceptsWinsAfterOthersDecline() throws IOException {
    Fake declining = new Fake("picky", List.of("sklearn"), "no pickle support here");
    Fake accepting = new Fake("pickles", List.of("sklearn"), null);
    LoaderRegistry r = LoaderRegistry.empty().with(accepting).with(declining);
    assertThat(r.loaders()).containsExactly(declining, accepting);
    try (Predictor p = r.resolve(sklearn())) {
      assertThat(((FakePredictor) p).loader).isSameAs(accepting);
    }
    assertThat(declining.asked).isEqualTo(1);
    assertThat(declining.loaded).isZero();
  }

  @Test
  void loadersForOtherFlavorsAreNotAsked() throws IOException {
    Fake other = new Fake("xgb", List.of("xgboost"), null);
    Fake accepting = new Fake("pickles", List.of("sklearn"), null);
    try (Predictor p = LoaderRegistry.empty().with(accepting).with(other).resolve(sklearn())) {
      assertThat(((FakePredictor) p).loader).isSameAs(accepting);
    }
    assertThat(other.asked).isZero();
  }

  @Test
  void whenNoneFitsTheErrorNamesTheFlavorsAndEveryLoader() throws IOException {
    LoaderRegistry r = LoaderRegistry.empty().with(new Fake("pickles", List.of("sklearn"), "no pickle support here"))
        .with(new Fake("xgb", List.of("xgboost"), null));
    assertThatThrownBy(() -> r.resolve(sklearn()))
        .isInstanceOf(ModelException.class)
        .hasMessage(dir.resolve("MLmodel").toAbsolutePath() + ":1:1: flavors: no predictor loader can run this model;"
            + " it has flavors [python_function, sklearn]; loaders: xgb (runs [xgboost]); pickles (runs [sklearn])"
            + " declined: no pickle support here")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("no-predictor");
  }

  @Test
  void anEmptyRegistrySaysSo() throws IOException {
    assertThatThrownBy(() -> LoaderRegistry.empty().resolve(sklearn()))
        .hasMessageEndingWith("flavors: no predictor loader can run this model; it has flavors [python_function,"
            + " sklearn]; loaders: none");
  }

  @Test
  void typedResolutionSkipsLoadersOfOtherTypes() throws IOException {
    MLModel m = model("  onnx:\n    data: model.onnx\n");
    LoaderRegistry r = LoaderRegistry.empty().with(new Fake("fake-onnx", List.of("onnx"), null));
    assertThat(r.resolve(m)).isInstanceOf(FakePredictor.class);
    assertThatThrownBy(() -> r.resolve(m, OnnxPredictor.class))
        .isInstanceOf(ModelException.class)
        .hasMessage(dir.resolve("MLmodel").toAbsolutePath() + ":1:1: flavors: no OnnxPredictor loader can run this"
            + " model; it has flavors [onnx]; loaders: fake-onnx (runs [onnx], gives FakePredictor)");
  }

  @Test
  void explicitRegistrationComesBeforeTheServiceLoadedOnes() throws IOException {
    MLModel m = model("  onnx:\n    data: model.onnx\n");
    Fake mine = new Fake("mine", List.of("onnx"), null);
    try (Predictor p = Predictors.registry().with(mine).resolve(m)) {
      assertThat(((FakePredictor) p).loader).isSameAs(mine);
    }
  }

  @Test
  void theServiceLoaderFindsTheOnnxLoader() {
    assertThat(Predictors.registry().loaders()).hasAtLeastOneElementOfType(OnnxPredictorLoader.class);
    assertThat(LoaderRegistry.serviceLoaded(getClass().getClassLoader()).loaders())
        .extracting(PredictorLoader::name).contains("onnx");
  }

  @Test
  void aModelWithPythonFunctionAndOnnxResolvesToTheOnnxPredictor() {
    MLModel m = MLModels.read(Path.of("testdata", "onnx", "dtypes"));
    assertThat(m.flavors()).containsKeys("python_function", "onnx");
    try (Predictor p = Predictors.resolve(m)) {
      assertThat(p).isInstanceOf(OnnxPredictor.class);
    }
    try (OnnxPredictor p = Predictors.resolve(m, OnnxPredictor.class)) {
      assertThat(p.inputNames()).containsExactly("f32", "f64", "i64", "i32", "flag");
    }
  }

  @Test
  void aFallbackLoaderIsTriedLastWhereverItWasRegistered() throws IOException {
    Fake last = new Fake("endpoint", List.of("python_function"), null) {
      @Override
      public boolean fallback() {
        return true;
      }
    };
    Fake pickles = new Fake("pickles", List.of("sklearn"), null);
    LoaderRegistry r = LoaderRegistry.empty().with(pickles).with(last);
    assertThat(r.loaders()).containsExactly(pickles, last);
    try (Predictor p = r.resolve(sklearn())) {
      assertThat(((FakePredictor) p).loader).isSameAs(pickles);
    }
    assertThat(last.asked).isZero();
    Fake declining = new Fake("picky", List.of("sklearn"), "no pickle support here");
    try (Predictor p = LoaderRegistry.empty().with(declining).with(last).resolve(sklearn())) {
      assertThat(((FakePredictor) p).loader).isSameAs(last);
    }
  }

  @Test
  void aLoaderThatBreaksItsTypePromiseIsABug() throws IOException {
    Fake liar = new Fake("liar", List.of("sklearn"), null) {
      @Override
      public Class<? extends Predictor> predictorType() {
        return OnnxPredictor.class;
      }
    };
    assertThatThrownBy(() -> LoaderRegistry.empty().with(liar).resolve(sklearn(), OnnxPredictor.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("loader liar promised io.mlmodel.onnx.OnnxPredictor but gave");
    assertThat(liar.closed).isEqualTo(1);
  }

  static class Fake implements PredictorLoader {
    final String name;
    final List<String> flavors;
    final String decline;
    int asked;
    int loaded;
    int closed;

    Fake(String name, List<String> flavors, String decline) {
      this.name = name;
      this.flavors = flavors;
      this.decline = decline;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<String> flavors() {
      return flavors;
    }

    @Override
    public Class<? extends Predictor> predictorType() {
      return FakePredictor.class;
    }

    @Override
    public Optional<String> declines(MLModel model) {
      asked++;
      return Optional.ofNullable(decline);
    }

    @Override
    public Predictor load(MLModel model) {
      loaded++;
      return new FakePredictor(this, model);
    }
  }

  static final class FakePredictor implements Predictor {
    final Fake loader;
    final MLModel model;

    FakePredictor(Fake loader, MLModel model) {
      this.loader = loader;
      this.model = model;
    }

    @Override
    public MLModel model() {
      return model;
    }

    @Override
    public PredictOutput predict(PredictInput input, Params params) {
      return PredictOutput.plain(null);
    }

    @Override
    public void close() {
      loader.closed++;
    }
  }
}
