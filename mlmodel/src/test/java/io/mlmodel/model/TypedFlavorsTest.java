package io.mlmodel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed view of each built-in flavor family, on the folders of testdata/models. */
class TypedFlavorsTest {
  private static Flavor flavor(String name) {
    return MLModels.read(Path.of("testdata", "models", "flavor_" + name)).flavor(name).orElseThrow();
  }

  @Test
  void xgboost() {
    XgboostFlavor x = XgboostFlavor.from(flavor("xgboost"));
    assertThat(x.modelFormat()).isEqualTo("ubj");
    assertThat(x.modelClass()).isEqualTo("xgboost.sklearn.XGBClassifier");
    assertThat(x.data()).isEqualTo("model.ubj");
  }

  @Test
  void lightgbmCatboostH2oStatsmodels() {
    assertThat(LightgbmFlavor.from(flavor("lightgbm")).data()).isEqualTo("model.lgb");
    assertThat(CatboostFlavor.from(flavor("catboost")).saveFormat()).isEqualTo("cbm");
    assertThat(H2oFlavor.from(flavor("h2o")).h2oVersion()).isEqualTo("3.46.0.6");
    assertThat(StatsmodelsFlavor.from(flavor("statsmodels")).data()).isEqualTo("model.statsmodels");
  }

  @Test
  void pytorchExtraFiles() {
    PytorchFlavor p = PytorchFlavor.from(flavor("pytorch"));
    assertThat(p.modelData()).isEqualTo("data");
    assertThat(p.extraFiles()).containsExactly("extra_files/labels.txt");
  }

  @Test
  void tensorflowKerasSparkMleap() {
    assertThat(TensorflowFlavor.from(flavor("tensorflow")).modelType()).isEqualTo("keras");
    KerasFlavor k = KerasFlavor.from(flavor("keras"));
    assertThat(k.kerasBackend()).isEqualTo("jax");
    assertThat(k.saveExportedModel()).isFalse();
    assertThat(SparkFlavor.from(flavor("spark")).modelClass()).isEqualTo("pyspark.ml.pipeline.PipelineModel");
    assertThat(MleapFlavor.from(flavor("mleap")).modelData()).isEqualTo("mleap/model");
  }

  @Test
  void transformers() {
    TransformersFlavor t = TransformersFlavor.from(flavor("transformers"));
    assertThat(t.task()).isEqualTo("text-classification");
    assertThat(t.components()).containsExactly("tokenizer");
    assertThat(t.flavor().string("tokenizer_type")).contains("DistilBertTokenizerFast");
  }

  @Test
  void sklearnFromAnMlflowOneModel() {
    Flavor f = MLModels.read(Path.of("testdata", "models", "mlflow1_sklearn")).flavor("sklearn").orElseThrow();
    SklearnFlavor s = SklearnFlavor.from(f);
    assertThat(s.serializationFormat()).isEqualTo("cloudpickle");
    assertThat(s.code()).isNull();
    assertThat(f.config()).containsEntry("code", null);
  }

  @Test
  void aWronglyTypedExtraFilesEntryIsLocated() {
    Flavor f = Flavor.of("pytorch", Map.of("extra_files", List.of(Map.of("nopath", "x"))));
    assertThatThrownBy(() -> PytorchFlavor.from(f))
        .isInstanceOf(ModelException.class)
        .hasMessage("<input>: flavors.pytorch.extra_files[0].path: expected a path, found null");
  }

  @Test
  void everyKnownFlavorIsFoundByName() {
    for (KnownFlavor k : KnownFlavor.values()) {
      assertThat(KnownFlavor.byName(k.flavorName())).contains(k);
    }
    assertThat(KnownFlavor.byName("my_custom_flavor")).isEmpty();
  }
}
