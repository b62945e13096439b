package io.mlmodel.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cache: one download for many threads, a process killed mid-download, the LRU bound. */
class CacheTest {
  private static final String FILES = "/api/2.0/mlflow-artifacts/artifacts/";
  @TempDir Path cache;
  FakeServer server;

  @BeforeEach
  void start() throws IOException {
    server = new FakeServer();
    for (String run : List.of("r1", "r2", "r3")) {
      server.files.put("0/" + run + "/artifacts/model/MLmodel", ("run: " + run + "\n").getBytes(StandardCharsets.UTF_8));
      server.files.put("0/" + run + "/artifacts/model/data.bin", new byte[40_000]);
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TrackingClient client(long maxBytes) {
    return TrackingClient.builder().variables(Map.of()).trackingUri(server.uri()).cacheDir(cache)
        .maxRetries(0).timeout(Duration.ofSeconds(20)).maxCacheBytes(maxBytes).build();
  }

  @Test
  void manyThreadsDownloadOnce() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Path>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        TrackingClient client = client(0); // separate clients: the file lock, not an object, must serialize them
        results.add(pool.submit(() -> {
          go.await();
          return client.resolve("runs:/r1/model");
        }));
      }
      go.countDown();
      Path first = results.get(0).get(60, TimeUnit.SECONDS);
      for (Future<Path> f : results) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(first);
      }
      assertThat(first.resolve("MLmodel")).hasContent("run: r1");
      assertThat(server.count(FILES + "0/r1/artifacts/model/data.bin")).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aProcessKilledMidDownloadLeavesNoEntryAndTheNextCallRecovers() throws Exception {
    CountDownLatch streaming = new CountDownLatch(1);
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().endsWith("/data.bin")) {
        ex.sendResponseHeaders(200, 40_000);
        OutputStream out = ex.getResponseBody();
        out.write(new byte[20_000]);
        out.flush();
        streaming.countDown();
        sleepQuietly(30_000);
        return true;
      }
      return false;
    };
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ChildResolve.class.getName(),
        server.uri().toString(), "runs:/r1/model", cache.toString())
        .redirectErrorStream(true).redirectOutput(cache.resolve("child.log").toFile()).start();
    try {
      assertThat(streaming.await(60, TimeUnit.SECONDS)).as("the child started downloading").isTrue();
      waitForFile(cache, "data.bin", 20_000);
    } finally {
      child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(files(cache)).noneMatch(p -> p.endsWith("entry.json")).anyMatch(p -> p.toString().contains("/tmp/"));
    server.hook = ex -> false;
    Path dir = client(0).resolve("runs:/r1/model");
    assertThat(Files.size(dir.resolve("data.bin"))).isEqualTo(40_000);
    assertThat(files(cache)).as("the dead process's download is gone")
        .noneMatch(p -> cache.relativize(p).toString().matches("tracking/[^/]+/tmp/.+"));
  }

  @Test
  void theSizeBoundEvictsTheLeastRecentlyUsed() throws Exception {
    TrackingClient client = client(100_000); // two entries of ~40 kB fit, three do not
    Path r1 = client.resolve("runs:/r1/model");
    Thread.sleep(20);
    Path r2 = client.resolve("runs:/r2/model");
    Files.setLastModifiedTime(r1.getParent().getParent().resolve("entry.json"),
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000)); // r1 used most recently
    Path r3 = client.resolve("runs:/r3/model");
    assertThat(r1).exists();
    assertThat(r2).doesNotExist();
    assertThat(r3).exists();
    assertThat(client.resolve("runs:/r2/model")).as("downloaded again").exists();
    assertThat(server.count(FILES + "0/r2/artifacts/model/data.bin")).isEqualTo(2);
  }

  /** Regression: an evicted entry's folder left in tmp/ by a process that died while deleting it stayed for good. */
  @Test
  void whatADeadEvictionLeftIsDeletedByTheNextBoundedFill() throws Exception {
    TrackingClient client = client(100_000);
    Path entry = client.resolve("runs:/r1/model").getParent().getParent();
    Path left = Files.createDirectories(entry.getParent().getParent().resolve("tmp").resolve("evicted-5eed").resolve("data"));
    Files.write(left.resolve("data.bin"), new byte[1000]);
    Path download = Files.createDirectories(entry.getParent().getParent().resolve("tmp").resolve("not-an-eviction"));
    client.resolve("runs:/r2/model");
    assertThat(left.getParent()).doesNotExist();
    assertThat(download).as("only evictions' folders are swept").exists();
  }

  /**
   * Regression: an entry.json emptied or torn (a power loss before the disk had it), or naming
   * another key or a path outside its entry, was trusted (the entry's data folder was returned for
   * an empty one) or failed with a Jackson exception on every call; it is now downloaded again.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "{\"key\":\"runs:/r1/mo", "{\"key\":\"runs:/r2/model\",\"result\":\"data/model\"}",
      "{\"key\":\"runs:/r1/model\",\"result\":\"data/../../../../../..\"}", "[]"})
  void aTornEntryIsDownloadedAgain(String json) throws Exception {
    Path first = client(0).resolve("runs:/r1/model");
    Path entry = first.getParent().getParent();
    Files.writeString(entry.resolve("entry.json"), json);
    Files.delete(first.resolve("data.bin"));
    Path again = client(0).resolve("runs:/r1/model");
    assertThat(again).isEqualTo(first);
    assertThat(Files.size(again.resolve("data.bin"))).isEqualTo(40_000);
    assertThat(server.count(FILES + "0/r1/artifacts/model/data.bin")).isEqualTo(2);
    assertThat(files(cache)).noneMatch(p -> cache.relativize(p).toString().matches("tracking/[^/]+/tmp/.+"));
  }

  /**
   * Regression: a cache that cannot be written (read-only, full; here its refs/ is a file) failed
   * every alias resolution with an UncheckedIOException, although the version it names was cached.
   */
  @Test
  void aCacheThatCannotRememberAnAliasStillAnswersIt() throws Exception {
    server.hook = ex -> {
      String path = ex.getRequestURI().getPath();
      if (path.endsWith("/registered-models/alias")) {
        FakeServer.send(ex, 200, "{\"model_version\":{\"version\":\"1\"}}");
      } else if (path.endsWith("/model-versions/get-download-uri")) {
        FakeServer.send(ex, 200, "{\"artifact_uri\":\"mlflow-artifacts:/0/r1/artifacts/model\"}");
      } else {
        return false;
      }
      return true;
    };
    TrackingClient client = client(0);
    Path v1 = client.resolve("models:/iris/1");
    Files.writeString(client.cacheFolder().resolve("refs"), "not a folder");
    assertThat(client.resolve("models:/iris@champion")).isEqualTo(v1);
  }

  /**
   * Regression: {@code models:/iris/02} and {@code models:/iris/2}, one version for MLflow (its
   * client sends "02", its server reads the integer 2; TrackingServerTest checks the real one), were
   * two cache entries, downloaded twice.
   */
  @Test
  void aVersionWithLeadingZerosSharesTheEntryOfItsNumber() throws Exception {
    server.hook = ex -> {
      if (ex.getRequestURI().getPath().endsWith("/model-versions/get-download-uri")) {
        if (Integer.parseInt(FakeServer.query(ex).get("version").strip()) == 2) {
          FakeServer.send(ex, 200, "{\"artifact_uri\":\"mlflow-artifacts:/0/r1/artifacts/model\"}");
        } else {
          FakeServer.send(ex, 404, "{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"no such version\"}");
        }
        return true;
      }
      return false;
    };
    TrackingClient client = client(0);
    Path padded = client.resolve("models:/iris/02");
    assertThat(client.resolve("models:/iris/2")).isEqualTo(padded);
    assertThat(client(0).resolve("models:/iris/0002")).isEqualTo(padded);
    assertThat(padded.resolve("MLmodel")).hasContent("run: r1");
    assertThat(server.count(FILES + "0/r1/artifacts/model/data.bin")).as("downloaded once").isEqualTo(1);
    assertThat(server.requests).filteredOn(r -> r.contains("get-download-uri")).hasSize(1)
        .allMatch(r -> r.matches(".*[?&]version=2(&.*)?"), "asked as the number");
  }

  /**
   * Regression: two clients bounding the cache evicted the same entry; the second move found it gone
   * and its resolve failed with an UncheckedIOException (NoSuchFileException) after a good download.
   */
  @Test
  void concurrentEvictionsOfOneEntryDoNotFailTheirCalls() throws Exception {
    for (int i = 0; i < 160; i++) {
      server.files.put("0/s" + i + "/artifacts/model/data.bin", new byte[10_000]);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int first = t * 40;
        TrackingClient client = client(25_000); // about two entries fit: every call evicts
        done.add(pool.submit(() -> {
          for (int i = first; i < first + 40; i++) {
            // the folder itself may be gone already: another client's eviction may take it (documented)
            assertThat(client.resolve("runs:/s" + i + "/model").getFileName()).hasToString("model");
          }
          return 40;
        }));
      }
      for (Future<Integer> f : done) {
        assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(40);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  private static void waitForFile(Path root, String name, long size) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (files(root).stream().anyMatch(p -> p.getFileName().toString().equals(name) && p.toFile().length() >= size)) {
        return;
      }
      Thread.sleep(50);
    }
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
