package io.mlmodel.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.ModelException;
import io.mlmodel.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real meta.yaml of ../shared/corpus/mlruns-meta reads into the record its place in the
 * tracking folder says it is, and the ids in it agree with the folder names around it.
 */
class StoreMetaCorpusTest {
  private static final Pattern RUN_DIR = Pattern.compile("[0-9a-f]{32}");

  static List<Path> files() throws IOException {
    Path dir = SharedData.root().resolve("corpus/mlruns-meta");
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().equals("meta.yaml")).sorted().toList();
    }
  }

  @Test
  void theCorpusHolds148Files() throws IOException {
    assertThat(files()).hasSize(148);
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsIntoItsTypedRecord(Path file) {
    String parent = file.getParent().getFileName().toString();
    String grandparent = file.getParent().getParent().getFileName().toString();
    StoreMeta meta = StoreMeta.read(file);
    assertThat(meta.file()).isEqualTo(file);
    assertThat(meta.values()).isNotEmpty();
    if (parent.startsWith("version-")) {
      ModelVersionMeta v = ModelVersionMeta.read(file);
      assertThat(meta).isEqualTo(v);
      assertThat(v.version()).isEqualTo(Long.parseLong(parent.substring("version-".length())));
      assertThat(v.name()).isEqualTo(grandparent);
      assertThat(v.source()).isNotBlank();
      assertLocationParses(v.source());
      if (v.storageLocation() != null) {
        assertLocationParses(v.storageLocation());
      }
    } else if (parent.startsWith("m-") && grandparent.equals("models")) {
      LoggedModelMeta m = LoggedModelMeta.read(file);
      assertThat(meta).isEqualTo(m);
      assertThat(m.modelId()).isEqualTo(parent);
      String experiment = file.getParent().getParent().getParent().getFileName().toString();
      assertThat(m.experimentId()).isEqualTo(experiment);
      assertThat(localTail(m.artifactLocation())).endsWith("/" + experiment + "/models/" + parent + "/artifacts");
    } else if (grandparent.equals("models")) {
      RegisteredModelMeta r = RegisteredModelMeta.read(file);
      assertThat(meta).isEqualTo(r);
      assertThat(r.name()).isEqualTo(parent);
    } else if (RUN_DIR.matcher(parent).matches()) {
      RunMeta r = RunMeta.read(file);
      assertThat(meta).isEqualTo(r);
      assertThat(r.runId()).isEqualTo(parent);
      assertThat(r.experimentId()).isEqualTo(grandparent);
      assertThat(localTail(r.artifactUri())).endsWith("/" + grandparent + "/" + parent + "/artifacts");
    } else {
      ExperimentMeta e = ExperimentMeta.read(file);
      assertThat(meta).isEqualTo(e);
      assertThat(e.experimentId()).isEqualTo(parent);
      assertThat(localTail(e.artifactLocation())).endsWith("/" + parent);
    }
  }

  /** The path part of a recorded location, as the store would match it. */
  private static String localTail(String recorded) {
    assertThat(recorded).isNotNull();
    if (recorded.startsWith("mlflow-artifacts:")) {
      return recorded.substring("mlflow-artifacts:".length());
    }
    ModelUri uri = ModelUri.parse(recorded);
    assertThat(uri).isInstanceOf(PathUri.class);
    String location = ((PathUri) uri).location();
    assertThat(location).doesNotContain("\\").doesNotContain("%20");
    return location;
  }

  private static void assertLocationParses(String recorded) {
    try {
      ModelUri.parse(recorded);
    } catch (ModelException e) {
      assertThat(e.code()).isEqualTo("unsupported-uri");
      assertThat(recorded).startsWith("mlflow-artifacts:");
    }
  }
}
