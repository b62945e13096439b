package io.mlmodel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.model.MLModel;
import io.mlmodel.testsupport.DocSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The examples of docs/model-uris.md, run. */
class ModelUrisDocTest {

  @Test
  void docExamplesAreTheseTests() {
    assertThat(DocSnippets.check("docs/model-uris.md")).isEqualTo(5);
  }

  @Test
  void resolveAndRead() {
    TrackingStore store = TrackingStore.at(Path.of("testdata/mlruns"));
    Path dir = store.resolve("models:/iris@champion");
    MLModel model = MLModels.read(dir);
    assertThat(model.runId()).contains("2f640808bc584ed68b733a2f7fd6aa0e");
  }

  @Test
  void parse() {
    ModelUri uri = ModelUri.parse("models:/iris/Production");
    assertThat(uri).isEqualTo(new ModelsUri("iris", ModelsUri.Kind.STAGE, "Production"));
    assertThat(ModelUri.parse("file:///C:/Users/Ana%20Lopes/mlruns")).isEqualTo(new PathUri("C:/Users/Ana Lopes/mlruns"));
  }

  @Test
  void records() {
    TrackingStore store = TrackingStore.at(Path.of("testdata/mlruns"));
    ModelRegistry registry = store.registry();
    ModelVersionMeta v2 = registry.version("iris", 2);
    assertThat(v2.currentStage()).isEqualTo("Production");
    assertThat(registry.aliases("iris")).containsEntry("champion", 2L);
    RunMeta run = store.run(v2.runId());
    assertThat(run.runName()).isEqualTo("windows-run");
    assertThat(run.artifactUri()).startsWith("file:C:\\Users\\Ana Lopes\\iris\\mlruns/");
  }

  @Test
  void oneFile() {
    StoreMeta meta = StoreMeta.read(Path.of("testdata/mlruns/models/iris/version-3/meta.yaml"));
    assertThat(meta).isInstanceOf(ModelVersionMeta.class);
    assertThat(((ModelVersionMeta) meta).source()).isEqualTo("models:/m-0b6668e0de9047dc8d40ffde91394afb");
  }

  @Test
  void errors() {
    TrackingStore store = TrackingStore.at(Path.of("testdata/mlruns"));
    ModelException e = catchThrowableOfType(ModelException.class, () -> store.resolve("models:/iris/7"));
    assertThat(e.code()).isEqualTo("not-found");
    assertThat(e.problem()).isEqualTo("registered model 'iris' has no version 7;"
        + " versions: 1 (Archived), 2 (Production), 3 (Staging), 4 (None)");
  }
}
