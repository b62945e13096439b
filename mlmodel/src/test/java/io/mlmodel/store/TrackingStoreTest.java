package io.mlmodel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.model.MLModel;
import io.mlmodel.testsupport.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every URI form against testdata/mlruns; expectations come from testdata/README.md's table. */
class TrackingStoreTest {
  static final String RUN_A = "bebf3a24cf54434d9459e85a66589e51";
  static final String RUN_B = "2f640808bc584ed68b733a2f7fd6aa0e";
  static final String RUN_C = "0e4b1b04d69d4df884ac224ee41709eb";
  static final String RUN_D = "98271adeda90427ca76df5f5cd970a95";
  static final String RUN_E = "c1a0d71e654041d7bee169d1d20621ba";
  static final String MODEL_M = "m-0b6668e0de9047dc8d40ffde91394afb";
  static final String EXP_X = "471394028561803921";

  final TrackingStore store = TrackingStore.at(TestData.mlruns());
  final Path root = TestData.mlruns();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      runs:/bebf3a24cf54434d9459e85a66589e51/model                    | 0/bebf3a24cf54434d9459e85a66589e51/artifacts/model
      runs:/bebf3a24cf54434d9459e85a66589e51/model/                   | 0/bebf3a24cf54434d9459e85a66589e51/artifacts/model
      runs:/bebf3a24cf54434d9459e85a66589e51/model/MLmodel            | 0/bebf3a24cf54434d9459e85a66589e51/artifacts/model/MLmodel
      runs:/2f640808bc584ed68b733a2f7fd6aa0e/classifier               | 471394028561803921/2f640808bc584ed68b733a2f7fd6aa0e/artifacts/classifier
      runs:/0e4b1b04d69d4df884ac224ee41709eb/model                    | 471394028561803921/models/m-0b6668e0de9047dc8d40ffde91394afb/artifacts
      runs:/98271adeda90427ca76df5f5cd970a95/model                    | ../mlartifacts/2/98271adeda90427ca76df5f5cd970a95/artifacts/model
      runs:/c1a0d71e654041d7bee169d1d20621ba/model                    | .trash/3/c1a0d71e654041d7bee169d1d20621ba/artifacts/model
      models:/iris/1                                                  | 0/bebf3a24cf54434d9459e85a66589e51/artifacts/model
      models:/iris/2                                                  | 471394028561803921/2f640808bc584ed68b733a2f7fd6aa0e/artifacts/classifier
      models:/iris/3                                                  | 471394028561803921/models/m-0b6668e0de9047dc8d40ffde91394afb/artifacts
      models:/iris/4                                                  | 0/bebf3a24cf54434d9459e85a66589e51/artifacts/model
      models:/iris@champion                                           | 471394028561803921/2f640808bc584ed68b733a2f7fd6aa0e/artifacts/classifier
      models:/iris@challenger                                         | 471394028561803921/models/m-0b6668e0de9047dc8d40ffde91394afb/artifacts
      models:/iris@latest                                             | 0/bebf3a24cf54434d9459e85a66589e51/artifacts/model
      models:/iris/Production                                         | 471394028561803921/2f640808bc584ed68b733a2f7fd6aa0e/artifacts/classifier
      models:/iris/production                                         | 471394028561803921/2f640808bc584ed68b733a2f7fd6aa0e/artifacts/classifier
      models:/iris/Staging                                            | 471394028561803921/models/m-0b6668e0de9047dc8d40ffde91394afb/artifacts
      models:/iris/Archived                                           | 0/bebf3a24cf54434d9459e85a66589e51/artifacts/model
      models:/iris/None                                               | 0/bebf3a24cf54434d9459e85a66589e51/artifacts/model
      models:/iris/latest                                             | 0/bebf3a24cf54434d9459e85a66589e51/artifacts/model
      models:/Wine Model/1                                            | ../mlartifacts/2/98271adeda90427ca76df5f5cd970a95/artifacts/model
      models:/Wine Model@prod                                         | ../mlartifacts/2/98271adeda90427ca76df5f5cd970a95/artifacts/model
      models:/Wine Model/2                                            | ../mlartifacts/2/98271adeda90427ca76df5f5cd970a95/artifacts/model
      models:/m-0b6668e0de9047dc8d40ffde91394afb                      | 471394028561803921/models/m-0b6668e0de9047dc8d40ffde91394afb/artifacts
      """)
  void everyUriFormResolvesOnTheTestStore(String uri, String expected) {
    Path resolved = store.resolve(uri);
    assertThat(resolved.toAbsolutePath().normalize()).isEqualTo(root.resolve(expected).normalize());
    assertThat(MLModels.read(resolved)).isNotNull();
  }

  @Test
  void theResolvedModelIsTheOneTheRunLogged() {
    MLModel m = MLModels.read(store.resolve("models:/iris@champion"));
    assertThat(m.runId()).contains(RUN_B);
    assertThat(m.flavors()).containsKey("xgboost");
    MLModel logged = MLModels.read(store.resolve("runs:/" + RUN_C + "/model"));
    assertThat(logged.modelId()).contains(MODEL_M);
  }

  @Test
  void fileUrisAndPlainPathsNeedNoStore() {
    Path dir = root.resolve("0").resolve(RUN_A).resolve("artifacts/model");
    assertThat(store.resolve(dir.toString())).isEqualTo(dir);
    assertThat(store.resolve(dir.toUri().toString()).toAbsolutePath()).isEqualTo(dir);
    assertThat(ModelLocations.resolve(dir.toUri().toString())).isEqualTo(dir);
  }

  @Test
  void readsEveryRecordKind() {
    assertThat(store.experiments()).extracting(ExperimentMeta::experimentId)
        .containsExactly("0", "2", EXP_X, "3");
    assertThat(store.experiment("3").deleted()).isTrue();
    assertThat(store.experiment(EXP_X).artifactLocation()).isEqualTo("file:C:\\Users\\Ana Lopes\\iris\\mlruns/" + EXP_X);
    RunMeta a = store.run(RUN_A);
    assertThat(a.experimentId()).isEqualTo("0");
    assertThat(a.runName()).isEqualTo("bold-owl-42");
    assertThat(a.statusName()).isEqualTo("FINISHED");
    assertThat(store.runs(EXP_X)).extracting(RunMeta::runId).containsExactly(RUN_C, RUN_B);
    LoggedModelMeta m = store.loggedModel(MODEL_M);
    assertThat(m.sourceRunId()).isEqualTo(RUN_C);
    assertThat(m.name()).isEqualTo("model");
    assertThat(m.status()).isEqualTo(2L);
    ModelRegistry registry = store.registry();
    assertThat(registry.models()).extracting(RegisteredModelMeta::name)
        .containsExactly("Wine Model", "empty", "iris", "remote");
    assertThat(registry.versions("iris")).extracting(ModelVersionMeta::currentStage)
        .containsExactly("Archived", "Production", "Staging", "None");
    assertThat(registry.aliases("iris")).containsExactly(
        java.util.Map.entry("challenger", 3L), java.util.Map.entry("champion", 2L));
    assertThat(registry.aliases("Wine Model")).containsExactly(java.util.Map.entry("prod", 1L));
    assertThat(registry.version("iris", 3).modelId()).isEqualTo(MODEL_M);
  }

  /** A run recorded at another machine's share (file://host/...) is found in the store, not read at /host/... or /... here. */
  @Test
  void runArtifactsRecordedOnAnotherHostsShareAreFoundInTheStore(@TempDir Path copy) throws Exception {
    try (java.util.stream.Stream<Path> files = Files.walk(root)) {
      for (Path p : files.toList()) {
        Path to = copy.resolve(root.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Path meta = copy.resolve("0").resolve(RUN_A).resolve("meta.yaml");
    Files.writeString(meta, Files.readString(meta).replace("file:///home/ana/", "file://fileserver/home/ana/"));
    TrackingStore moved = TrackingStore.at(copy);
    assertThat(moved.run(RUN_A).artifactUri()).startsWith("file://fileserver/home/ana/projects/iris/mlruns/0/");
    assertThat(moved.runArtifacts(RUN_A)).isEqualTo(copy.resolve("0").resolve(RUN_A).resolve("artifacts"));
  }

  @Test
  void runArtifactsAreFoundAgainWhenTheRecordedPathIsFromAnotherMachine() {
    assertThat(store.run(RUN_B).artifactUri()).startsWith("file:C:\\Users\\Ana Lopes\\");
    assertThat(store.runArtifacts(RUN_B)).isEqualTo(root.resolve(EXP_X).resolve(RUN_B).resolve("artifacts"));
  }

  @Test
  void unknownVersionListsTheVersionsThatExist() {
    assertThatThrownBy(() -> store.resolve("models:/iris/7"))
        .isInstanceOf(ModelException.class)
        .hasMessage(root.resolve("models/iris") + ": registered model 'iris' has no version 7; versions: "
            + "1 (Archived), 2 (Production), 3 (Staging), 4 (None)")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("not-found");
  }

  @Test
  void unknownAliasListsTheAliasesThatExist() {
    assertThatThrownBy(() -> store.resolve("models:/iris@champ"))
        .isInstanceOf(ModelException.class)
        .hasMessage(root.resolve("models/iris") + ": registered model 'iris' has no alias 'champ'; aliases: "
            + "challenger -> 3, champion -> 2");
  }

  @Test
  void unknownRegisteredModelListsTheModelsThatExist() {
    assertThatThrownBy(() -> store.resolve("models:/irsi/1"))
        .isInstanceOf(ModelException.class)
        .hasMessage(root.resolve("models") + ": no registered model 'irsi'; registered models: "
            + "Wine Model, empty, iris, remote");
    assertThatThrownBy(() -> store.resolve("models:/../1"))
        .hasMessageContaining("no registered model '..'");
  }

  @Test
  void emptyStageAndBadStageAreExplained() {
    assertThatThrownBy(() -> store.resolve("models:/Wine Model/Staging"))
        .hasMessage(root.resolve("models/Wine Model") + ": registered model 'Wine Model' has no version in stage"
            + " 'Staging'; versions: 1 (Production), 2 (None)");
    assertThatThrownBy(() -> store.resolve("models:/iris/Prod"))
        .hasMessageContaining("Invalid Model Version stage: Prod. Value must be one of None, Staging, Production, Archived.")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-uri");
    assertThatThrownBy(() -> store.resolve("models:/empty/latest"))
        .hasMessageContaining("registered model 'empty' has no versions");
  }

  @Test
  void unknownRunListsRunsAndUnknownArtifactListsArtifacts() {
    assertThatThrownBy(() -> store.resolve("runs:/0123/model"))
        .hasMessage(root + ": no run '0123' in any experiment; runs: 0/" + RUN_A + ", 2/" + RUN_D + ", "
            + EXP_X + "/" + RUN_C + ", " + EXP_X + "/" + RUN_B + ", 3/" + RUN_E);
    assertThatThrownBy(() -> store.resolve("runs:/" + RUN_A + "/modle"))
        .hasMessageEndingWith("run '" + RUN_A + "' has no artifact 'modle'; it has: model");
    assertThatThrownBy(() -> store.resolve("runs:/" + RUN_C + "/other"))
        .hasMessageEndingWith("run '" + RUN_C + "' has no artifact 'other'; it has: model (logged model " + MODEL_M + ")");
  }

  @Test
  void unknownLoggedModelListsLoggedModels() {
    assertThatThrownBy(() -> store.resolve("models:/m-00000000000000000000000000000000"))
        .hasMessage(root + ": no logged model 'm-00000000000000000000000000000000' in any experiment; logged models: "
            + MODEL_M + " (model)");
  }

  @Test
  void artifactPathsMayNotLeaveTheRun() {
    assertThatThrownBy(() -> store.resolve("runs:/" + RUN_A + "/../../" + RUN_B))
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
  }

  /**
   * Regression (issue 16, item 2): {@code runs:/<run>//absolute/path} read a model outside the
   * run's artifacts while {@code ../..} was refused. Every spelling is normalised once
   * ({@link ArtifactPaths}) before it meets the file system, for a run's artifacts and for a
   * logged model reached through the run.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/ABS                   | the artifact path '/ABS' is absolute; it must be relative to the run's artifacts",
      "//ABS                  | the artifact path '//ABS' is absolute",
      "model/../../..         | the artifact path 'model/../../..' leads out of the run's artifacts",
      "..\\..\\x             | leads out of the run's artifacts",
      "C:\\models\\m         | is absolute",
  })
  void everySpellingOfAnEscapeIsRefused(String tail, String message) {
    String abs = TestData.path("valid/minimal").toAbsolutePath().toString().substring(1);
    for (String run : new String[] {RUN_A, "0e4b1b04d69d4df884ac224ee41709eb"}) {
      assertThatThrownBy(() -> store.resolve("runs:/" + run + "/" + tail.replace("ABS", abs)))
          .isInstanceOf(ModelException.class)
          .hasMessageContaining(message.replace("ABS", abs))
          .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
    }
    assertThatThrownBy(() -> store.resolve("runs:/" + RUN_C + "/model/../../x"))
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
  }

  @Test
  void aSymlinkOutOfTheRunsArtifactsIsRefused(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path copy = tmp.resolve("mlruns");
    try (var walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        Path to = copy.resolve(root.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Path artifacts = copy.resolve("0").resolve(RUN_A).resolve("artifacts");
    Files.createSymbolicLink(artifacts.resolve("elsewhere"), TestData.path("valid/minimal").toAbsolutePath());
    assertThatThrownBy(() -> TrackingStore.at(copy).resolve("runs:/" + RUN_A + "/elsewhere"))
        .hasMessageContaining("the artifact path 'elsewhere' leads out of the run's artifacts")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
    assertThat(TrackingStore.at(copy).resolve("runs:/" + RUN_A + "/./model/")).isEqualTo(artifacts.resolve("model"));
  }

  @Test
  void remoteSourcesAreUnsupported() {
    assertThatThrownBy(() -> store.resolve("models:/remote/1"))
        .isInstanceOf(ModelException.class)
        .hasMessageEndingWith("version 1 of registered model 'remote' is stored at 's3://example-bucket/models/remote/1',"
            + " which is not local")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("unsupported-uri");
  }

  @Test
  void aMissingStoreSaysSoAndHowToNameOne(@org.junit.jupiter.api.io.TempDir Path tmp) {
    TrackingStore none = TrackingStore.at(tmp.resolve("mlruns"));
    assertThatThrownBy(() -> none.resolve("models:/iris/1"))
        .hasMessage(tmp.resolve("mlruns") + ": there is no MLflow tracking folder here; name one with"
            + " TrackingStore.at(path) or the MLFLOW_TRACKING_URI environment variable")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("not-found");
  }

  @Test
  void trackingUrisThatAreNoFolderAreRefused() {
    assertThat(TrackingStore.fromTrackingUri(root.toUri().toString()).root()).isEqualTo(root);
    assertThat(TrackingStore.fromTrackingUri(root.toString()).root()).isEqualTo(root);
    for (String uri : new String[] {"http://localhost:5000", "sqlite:///mlflow.db", "databricks"}) {
      if (uri.equals("databricks")) {
        continue; // a bare word is a relative folder name to MLflow too
      }
      assertThatThrownBy(() -> TrackingStore.fromTrackingUri(uri))
          .extracting(e -> ((ModelException) e).code()).isEqualTo("unsupported-uri");
    }
  }

  @Test
  void theSystemPropertyNamesTheStoreForModelLocations() {
    String before = System.getProperty("mlmodel.trackingUri");
    System.setProperty("mlmodel.trackingUri", root.toUri().toString());
    try {
      assertThat(ModelLocations.resolve("models:/iris@champion"))
          .isEqualTo(root.resolve(EXP_X).resolve(RUN_B).resolve("artifacts/classifier"));
    } finally {
      if (before == null) {
        System.clearProperty("mlmodel.trackingUri");
      } else {
        System.setProperty("mlmodel.trackingUri", before);
      }
    }
  }

  @Test
  void aliasesAndLoggedModelsAreUnmodifiableLikeTheOtherListings() {
    ModelRegistry registry = store.registry();
    // iris has an aliases/ folder, Wine Model only the snapshot in its meta.yaml
    assertThat(registry.aliases("iris")).isNotEmpty();
    assertThatThrownBy(() -> registry.aliases("iris").put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> registry.aliases("Wine Model").put("x", 1L))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(store.loggedModels()).isNotEmpty();
    assertThatThrownBy(() -> store.loggedModels().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBrokenAliasFileIsLocated(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path model = tmp.resolve("models/x");
    Files.createDirectories(model.resolve("aliases"));
    Files.writeString(model.resolve("meta.yaml"), "name: x\n");
    Files.writeString(model.resolve("aliases/prod"), "two\n");
    assertThatThrownBy(() -> TrackingStore.at(tmp).resolve("models:/x@prod"))
        .hasMessage(model.resolve("aliases/prod") + ":1:1: an alias file must hold a version number, found 'two'")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-value");
  }

  @Test
  void aBadValueInMetaYamlIsLocated(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    assertVersionRefused(tmp, "[1]", "expected an integer, found a list");
  }

  @Test
  void aMetaYamlIntegerTooLargeForALongSaysSo(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    assertVersionRefused(tmp, "9223372036854775808", "expected an integer, found an integer out of the"
        + " range of a 64-bit integer (-9223372036854775808 to 9223372036854775807)");
  }

  @Test
  void aQuotedVersionPastALongSaysSoAndNineteenDigitsAreAVersion(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    // regression: a quoted version of 19 digits was refused as "found the string", whatever its value
    assertVersionRefused(tmp, "'9223372036854775808'", "expected an integer, found an integer out of the"
        + " range of a 64-bit integer (-9223372036854775808 to 9223372036854775807)");
    Path dir = tmp.resolve("models/x/version-1");
    Files.writeString(dir.resolve("meta.yaml"), "name: x\nsource: /tmp/x\nversion: '1000000000000000001'\n");
    assertThatThrownBy(() -> TrackingStore.at(tmp).resolve("models:/x/1"))
        .hasMessageContaining("meta.yaml: version 1000000000000000001 of registered model 'x' is stored at");
  }

  /** A model version whose meta.yaml says {@code version: <yaml>} is refused at 3:10 with {@code problem}. */
  private static void assertVersionRefused(Path tmp, String yaml, String problem) throws Exception {
    Path dir = tmp.resolve("models/x/version-1");
    Files.createDirectories(dir);
    Files.writeString(tmp.resolve("models/x/meta.yaml"), "name: x\n");
    Files.writeString(dir.resolve("meta.yaml"), "name: x\nsource: /tmp/x\nversion: " + yaml + "\n");
    assertThatThrownBy(() -> TrackingStore.at(tmp).resolve("models:/x/1"))
        .hasMessage(dir.resolve("meta.yaml") + ":3:10: version: " + problem)
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-value");
  }

  @Test
  void aRegistryLoopIsALimitNotAHang(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("models/loop/version-1");
    Files.createDirectories(dir);
    Files.writeString(tmp.resolve("models/loop/meta.yaml"), "name: loop\n");
    Files.writeString(dir.resolve("meta.yaml"), "name: loop\nsource: models:/loop/1\nversion: 1\n");
    assertThatThrownBy(() -> TrackingStore.at(tmp).resolve("models:/loop/1"))
        .isInstanceOf(io.mlmodel.LimitExceededException.class)
        .hasMessageContaining("registry sources lead through more than 8 models:/ URIs, ending at models:/loop/1");
  }

  @Test
  void anEmptyRecordedLocationIsNotTheWorkingDirectory(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("models/blank/version-1");
    Files.createDirectories(dir);
    Files.writeString(tmp.resolve("models/blank/meta.yaml"), "name: blank\n");
    Files.writeString(dir.resolve("meta.yaml"), "name: blank\nsource: 'file:'\nversion: 1\n");
    assertThatThrownBy(() -> TrackingStore.at(tmp).resolve("models:/blank/1"))
        .hasMessageEndingWith("version 1 of registered model 'blank' is stored at 'file:', which is neither on"
            + " this machine nor in " + tmp)
        .extracting(e -> ((ModelException) e).code()).isEqualTo("not-found");
  }

  @Test
  void aNulInAUriIsABadUri() {
    assertThatThrownBy(() -> store.resolve("runs:/" + RUN_A + "/mo\0del"))
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-uri");
    assertThatThrownBy(() -> store.resolve("models:/ir\0is/1"))
        .extracting(e -> ((ModelException) e).code()).isEqualTo("not-found");
  }
}
