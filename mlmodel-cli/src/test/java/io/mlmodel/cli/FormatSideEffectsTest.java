package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.validate.Finding;
import io.mlmodel.validate.Validator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions (issue 16, format's side effects): format changes the MLmodel's content only, not
 * its mode; a read-only MLmodel is refused, not replaced; a temporary file left by a killed
 * format is reported by validate and removed by the next write.
 */
class FormatSideEffectsTest {
  /** Not canonical (flow style), so format rewrites it. */
  private static final String MLMODEL = "flavors: {python_function: {loader_module: mlflow.sklearn}}\n";
  /** {@link #MLMODEL} as MLflow writes it. */
  private static final String CANONICAL = """
      flavors:
        python_function:
          loader_module: mlflow.sklearn
      model_uuid: null
      """;

  @TempDir Path dir;

  private Path model() throws IOException {
    Files.writeString(dir.resolve("MLmodel"), MLMODEL);
    return dir.resolve("MLmodel");
  }

  @Test
  void formatKeepsTheModeOfMlmodel() throws IOException {
    Path file = model();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    CliRunner r = CliRunner.run("format", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(file)).isNotEqualTo(MLMODEL);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
    Files.writeString(file, MLMODEL);
    assertThat(CliRunner.run("format", dir.toString()).exit()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
  }

  @Test
  void aReadOnlyMlmodelIsRefusedAndLeftAlone() throws IOException {
    Path file = model();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    CliRunner r = CliRunner.run("format", dir.toString(), dir.toString());
    assertThat(r.exit()).isEqualTo(Main.FAILED);
    // once for each of the two arguments: the first failure does not stop the command line
    String error = "error: " + dir + ": cannot write " + file.toAbsolutePath() + ": " + file.toAbsolutePath()
        + ": the file is read-only (mode r--r--r--); make it writable (chmod u+w) to replace it" + System.lineSeparator();
    assertThat(r.err()).isEqualTo(error + error);
    assertThat(Files.readString(file)).isEqualTo(MLMODEL);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("MLmodel");
  }

  @Test
  void aStaleTemporaryFileIsReportedThenRemovedByTheNextWrite() throws IOException {
    model();
    Path stale = Files.writeString(dir.resolve(".MLmodel.1234567890.tmp"), MLMODEL);
    Path fresh = Files.writeString(dir.resolve(".MLmodel.42.tmp"), MLMODEL);
    Path other = Files.writeString(dir.resolve(".MLmodel.notdigits.tmp"), "x");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
    assertThat(Validator.defaults().validate(dir).withCode("stale-temp-file")).extracting(Finding::message)
        .containsExactly(
            "a temporary copy of 'MLmodel' left by an interrupted write; the next write of 'MLmodel' removes it, or delete it",
            "a temporary copy of 'MLmodel' left by an interrupted write; the next write of 'MLmodel' removes it, or delete it");
    assertThat(CliRunner.run("format", dir.toString()).exit()).isZero();
    assertThat(stale).doesNotExist();
    assertThat(fresh).as("a minute-young file may be a concurrent writer's").exists();
    assertThat(other).exists();
  }

  @Test
  void anMlmodelFileOfAnotherNameIsRewrittenItselfNotItsFoldersMlmodel() throws IOException {
    // regression: format m/MLmodel.orig wrote MLmodel.orig's model over m/MLmodel and left MLmodel.orig as it was
    String other = "flavors: {onnx: {data: model.onnx}}\n";
    Files.writeString(dir.resolve("MLmodel"), other);
    Path orig = Files.writeString(dir.resolve("MLmodel.orig"), MLMODEL);
    CliRunner check = CliRunner.run("format", "--check", orig.toString());
    assertThat(check.exit()).isEqualTo(Main.FAILED);
    assertThat(check.out()).contains("--- " + orig + "\n", "+++ " + orig + " (canonical)\n");
    CliRunner r = CliRunner.run("format", orig.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(orig)).isEqualTo(CANONICAL);
    assertThat(Files.readString(dir.resolve("MLmodel"))).isEqualTo(other);
  }

  @Test
  void aLinkedMlmodelStaysALinkAndTheFileItLeadsToIsRewritten() throws IOException {
    // regression: format replaced the link with a file and left the file it led to as it was
    Path real = Files.writeString(dir.resolve("MLmodel.v2"), MLMODEL);
    Path link = Files.createSymbolicLink(dir.resolve("MLmodel"), Path.of("MLmodel.v2"));
    CliRunner r = CliRunner.run("format", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("MLmodel.v2"));
    assertThat(Files.readString(real)).isEqualTo(CANONICAL);
  }

  @Test
  void aModelFetchedIntoTheCacheIsNotFormattedButMayBeChecked() throws IOException {
    // regression: format of a tracking server's model rewrote the cached copy and said "formatted";
    // the server's model was unchanged, and format --check then found it canonical
    Path file = model();
    System.setProperty(CachedCopyResolver.FOLDER, dir.toString());
    try {
      CliRunner r = CliRunner.run("format", "cached-copy:m");
      assertThat(r.exit()).isEqualTo(Main.FAILED);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("error: <input>: 'cached-copy:m' is a model on a tracking server or remote store,"
          + " of which only a cached copy is here, so formatting it would change nothing there; download it"
          + " (mlmodel download) and format the copy" + System.lineSeparator());
      assertThat(Files.readString(file)).isEqualTo(MLMODEL);
      CliRunner check = CliRunner.run("format", "--check", "cached-copy:m");
      assertThat(check.exit()).isEqualTo(Main.FAILED);
      assertThat(check.out()).startsWith("not canonical: cached-copy:m" + System.lineSeparator());
    } finally {
      System.clearProperty(CachedCopyResolver.FOLDER);
    }
  }

  @Test
  void aModelOnATrackingServerIsRefusedBeforeItIsFetched() throws IOException {
    // regression: format fetched the model into the local cache and only then refused it
    model();
    System.setProperty(CachedCopyResolver.FOLDER, dir.toString());
    int before = CachedCopyResolver.FETCHES.get();
    try {
      CliRunner r = CliRunner.run("format", "cached-copy:m");
      assertThat(r.exit()).isEqualTo(Main.FAILED);
      assertThat(r.err()).contains("'cached-copy:m' is a model on a tracking server or remote store");
      assertThat(CachedCopyResolver.FETCHES.get() - before).as("fetches by format").isZero();
      assertThat(CliRunner.run("format", "--check", "cached-copy:m").exit()).isEqualTo(Main.FAILED);
      assertThat(CachedCopyResolver.FETCHES.get() - before).as("fetches by format --check").isEqualTo(1);
    } finally {
      System.clearProperty(CachedCopyResolver.FOLDER);
    }
  }

  @Test
  void aTrackingServersModelIsRefusedWithoutAskingTheServer() throws IOException {
    // regression: with MLFLOW_TRACKING_URI naming a server, format asked it for the run or version
    // and downloaded the model, then refused to format the copy
    ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    AtomicInteger connections = new AtomicInteger();
    Thread accepting = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          connections.incrementAndGet();
        } catch (IOException e) {
          // closed at the end of the test
        }
      }
    });
    accepting.setDaemon(true);
    accepting.start();
    String tracking = System.getProperty("mlmodel.trackingUri");
    String cache = System.getProperty("mlmodel.cacheDir");
    System.setProperty("mlmodel.trackingUri", "http://127.0.0.1:" + server.getLocalPort());
    System.setProperty("mlmodel.cacheDir", dir.resolve("cache").toString());
    try {
      for (String uri : List.of("runs:/27d2372d7faf4f99a6431147f50c76be/model", "models:/iris@champion",
          "mlflow-artifacts:/0/27d2372d7faf4f99a6431147f50c76be/artifacts/model")) {
        CliRunner r = CliRunner.run("format", uri);
        assertThat(r.exit()).as(uri).isEqualTo(Main.FAILED);
        assertThat(r.err()).isEqualTo("error: <input>: '" + uri + "' is a model on a tracking server or remote"
            + " store, of which only a cached copy is here, so formatting it would change nothing there; download it"
            + " (mlmodel download) and format the copy" + System.lineSeparator());
      }
      assertThat(connections.get()).as("connections to the tracking server").isZero();
    } finally {
      restore("mlmodel.trackingUri", tracking);
      restore("mlmodel.cacheDir", cache);
      server.close();
    }
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }
}
