package io.mlmodel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.ModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelUriTest {

  @Test
  void runsUriSplitsRunIdAndArtifactPath() {
    assertThat(ModelUri.parse("runs:/abc123/model")).isEqualTo(new RunsUri("abc123", "model"));
    assertThat(ModelUri.parse("runs:/abc123/a/b/MLmodel")).isEqualTo(new RunsUri("abc123", "a/b/MLmodel"));
    assertThat(ModelUri.parse("runs:/abc123/model/")).isEqualTo(new RunsUri("abc123", "model"));
    assertThat(ModelUri.parse("runs:/abc123")).isEqualTo(new RunsUri("abc123", ""));
    assertThat(ModelUri.parse("RUNS:/abc123/model").uri()).isEqualTo("runs:/abc123/model");
  }

  @ParameterizedTest
  @ValueSource(strings = {"runs:/", "runs:", "runs:abc/model", "runs://"})
  void malformedRunsUrisAreRefusedInMlflowsWords(String uri) {
    assertThatThrownBy(() -> ModelUri.parse(uri))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Not a proper runs:/ URI: " + uri)
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-uri");
  }

  @Test
  void modelsUriForms() {
    assertThat(ModelUri.parse("models:/iris/3")).isEqualTo(new ModelsUri("iris", ModelsUri.Kind.VERSION, "3"));
    assertThat(ModelUri.parse("models:/iris/0")).isEqualTo(new ModelsUri("iris", ModelsUri.Kind.VERSION, "0"));
    assertThat(ModelUri.parse("models:/iris/Production")).isEqualTo(new ModelsUri("iris", ModelsUri.Kind.STAGE, "Production"));
    assertThat(ModelUri.parse("models:/iris/None")).isEqualTo(new ModelsUri("iris", ModelsUri.Kind.STAGE, "None"));
    assertThat(ModelUri.parse("models:/iris/LATEST")).isEqualTo(new ModelsUri("iris", ModelsUri.Kind.LATEST, "LATEST"));
    assertThat(ModelUri.parse("models:/iris@champion")).isEqualTo(new ModelsUri("iris", ModelsUri.Kind.ALIAS, "champion"));
    assertThat(ModelUri.parse("models:/m-0b6668e0de9047dc8d40ffde91394afb"))
        .isEqualTo(new LoggedModelUri("m-0b6668e0de9047dc8d40ffde91394afb"));
  }

  @Test
  void modelsUriQuirksFollowMlflow() {
    // All leading slashes go; names may hold spaces and punctuation; the alias splits at the last @.
    assertThat(ModelUri.parse("models://////Ads Model 1/12345"))
        .isEqualTo(new ModelsUri("Ads Model 1", ModelsUri.Kind.VERSION, "12345"));
    assertThat(ModelUri.parse("models:/A!&#$%;{}()[]CrazyName/1"))
        .isEqualTo(new ModelsUri("A!&#$%;{}()[]CrazyName", ModelsUri.Kind.VERSION, "1"));
    assertThat(ModelUri.parse("models:/a@b@c")).isEqualTo(new ModelsUri("a@b", ModelsUri.Kind.ALIAS, "c"));
    assertThat(ModelUri.parse("models:/Name@Alias/Stage"))
        .isEqualTo(new ModelsUri("Name@Alias", ModelsUri.Kind.STAGE, "Stage"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"models:/", "models:/ /Stage", "models:/Name/", "models:/Name@", "models:/Name/Stage/0",
      "models:Name/Stage", "models:/@alias"})
  void malformedModelsUrisAreRefusedInMlflowsWords(String uri) {
    assertThatThrownBy(() -> ModelUri.parse(uri))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Not a proper models:/ URI: " + uri + ". Models URIs must be of the form"
            + " 'models:/name/suffix' or 'models:/name@alias'")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-uri");
  }

  @Test
  void fileUrisAndPathsBecomeLocalPaths() {
    assertThat(ModelUri.parse("/tmp/m")).isEqualTo(new PathUri("/tmp/m"));
    assertThat(ModelUri.parse("rel/m")).isEqualTo(new PathUri("rel/m"));
    assertThat(ModelUri.parse("file:///tmp/a%20b/m")).isEqualTo(new PathUri("/tmp/a b/m"));
    assertThat(ModelUri.parse("file://localhost/tmp/m")).isEqualTo(new PathUri("/tmp/m"));
    assertThat(ModelUri.parse("file:/tmp/m")).isEqualTo(new PathUri("/tmp/m"));
    assertThat(ModelUri.parse("file:rel/m")).isEqualTo(new PathUri("rel/m"));
    assertThat(ModelUri.parse("file://./my_model")).isEqualTo(new PathUri("./my_model"));
  }

  /**
   * Regression: {@code file://fileserver/share/m} read {@code /fileserver/share/m} on Linux and
   * macOS, where MLflow's {@code local_file_uri_to_path} reads {@code /share/m} (the host dropped):
   * two different local folders, neither the share meant. It is refused there, naming the host; on
   * Windows it is the share, as MLflow reads it.
   */
  @Test
  void aFileUriNamingAnotherHostIsRefusedExceptAsAWindowsShare() {
    String message = "'file://fileserver/share/my%20model' names the host 'fileserver', another machine: only"
        + " file:///path and file://localhost/path name a local file here (MLflow would read '/share/my model' of"
        + " this machine instead); mount the share and give its local path";
    assertThatThrownBy(() -> UriParser.fileLocation("//fileserver/share/my%20model", false))
        .isInstanceOf(ModelException.class).hasMessage("<input>: " + message)
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-uri");
    assertThat(UriParser.fileLocation("//fileserver/share/my%20model", true)).isEqualTo("//fileserver/share/my model");
    for (boolean windows : new boolean[] {false, true}) { // as MLflow on both
      assertThat(UriParser.fileLocation("//localhost/srv/m", windows)).isEqualTo("/srv/m");
      assertThat(UriParser.fileLocation("//LocalHost/srv/m", windows)).isEqualTo("/srv/m");
      assertThat(UriParser.fileLocation("///srv/m", windows)).isEqualTo("/srv/m");
    }
    if (!UriParser.WINDOWS) {
      assertThatThrownBy(() -> ModelUri.parse("file://fileserver/share/my%20model")).hasMessage("<input>: " + message);
    }
  }

  @Test
  void windowsLocationsSeenInTheCorpusAreNormalized() {
    assertThat(ModelUri.parse("file:///C:/Users/ana/mlruns/0")).isEqualTo(new PathUri("C:/Users/ana/mlruns/0"));
    assertThat(ModelUri.parse("file:///c:/Users/LENOVO%20THINKPAD%20T480/x")).isEqualTo(new PathUri("c:/Users/LENOVO THINKPAD T480/x"));
    assertThat(ModelUri.parse("file:C:/Users/SJ/mlruns/1")).isEqualTo(new PathUri("C:/Users/SJ/mlruns/1"));
    assertThat(ModelUri.parse("file:C:\\Users\\Moham\\Credit_Scoring\\mlruns_V_F/34/models"))
        .isEqualTo(new PathUri("C:/Users/Moham/Credit_Scoring/mlruns_V_F/34/models"));
    assertThat(ModelUri.parse("C:\\Aldy\\Semester 7\\mlruns")).isEqualTo(new PathUri("C:/Aldy/Semester 7/mlruns"));
    assertThat(ModelUri.parse("file:///C:/Users/l3wyw/%D0%A0%D0%B0%D0%B7")).isEqualTo(new PathUri("C:/Users/l3wyw/Раз"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3://bucket/model", "https://host/model", "dbfs:/models/x", "mlflow-artifacts:/1/abc/artifacts",
      "weird-scheme:/x", "models://profile@databricks/iris/1"})
  void remoteLocationsAreRefusedAsUnsupported(String uri) {
    assertThatThrownBy(() -> ModelUri.parse(uri))
        .isInstanceOf(ModelException.class)
        .extracting(e -> ((ModelException) e).code()).isEqualTo("unsupported-uri");
  }

  @Test
  void emptyTextIsABadUri() {
    assertThatThrownBy(() -> ModelUri.parse(" "))
        .isInstanceOf(ModelException.class)
        .hasMessage("<input>: a model location must not be empty");
  }

  @Test
  void canonicalFormsReadBack() {
    for (String uri : new String[] {"runs:/abc/model", "models:/iris/3", "models:/iris@champion",
        "models:/iris/Production", "models:/m-0b6668e0de9047dc8d40ffde91394afb", "/tmp/x"}) {
      assertThat(ModelUri.parse(ModelUri.parse(uri).uri())).isEqualTo(ModelUri.parse(uri));
      assertThat(ModelUri.parse(uri).uri()).isEqualTo(uri);
    }
  }

  @Test
  void aPathThatLooksLikeAUriReadsBackAsThatPath() {
    // regression: uri() gave the bare location, which read back as a runs:/ URI or was refused
    assertThat(ModelUri.parse("file:runs:/x").uri()).isEqualTo("file:runs:/x");
    assertThat(ModelUri.parse("file:my:model").uri()).isEqualTo("file:my:model");
    assertThat(ModelUri.parse("file:ab:%2525").uri()).isEqualTo("file:ab:%2525");
    assertThat(ModelUri.parse("file:a%2525b:c").uri()).isEqualTo("a%25b:c");
    for (String uri : new String[] {"file:runs:/x", "file:my:model", "file:ab:%2525", "file:a%2525b:c",
        "file:///tmp/a%20b"}) {
      ModelUri parsed = ModelUri.parse(uri);
      assertThat(parsed).isInstanceOf(PathUri.class);
      assertThat(ModelUri.parse(parsed.uri())).isEqualTo(parsed);
    }
    assertThat(((PathUri) ModelUri.parse("file:ab:%2525")).location()).isEqualTo("ab:%25");
    assertThat(ModelUri.parse("file:///tmp/a%20b").uri()).isEqualTo("/tmp/a b");
  }
}
