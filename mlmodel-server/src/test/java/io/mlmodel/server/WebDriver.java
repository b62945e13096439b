package io.mlmodel.server;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Debian's headless Chromium driven through Debian's chromedriver with the W3C WebDriver protocol
 * over plain HTTP (no Selenium, no downloaded browser). One session; {@link #close()} ends it and
 * the driver, whose process group takes Chromium with it.
 */
final class WebDriver implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process driver;
  private final int port;
  private final String session;

  WebDriver(Path profile) throws Exception {
    port = MlflowOracle.freePort();
    driver = new ProcessBuilder("setsid", "chromedriver", "--port=" + port, "--allowed-ips=127.0.0.1")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        if (TestServers.CLIENT.send(HttpRequest.newBuilder(TestServers.uri(port, "/status")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          break;
        }
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
      Thread.sleep(100);
    }
    Files.createDirectories(profile);
    ObjectNode caps = JSON.createObjectNode();
    ObjectNode chrome = caps.putObject("capabilities").putObject("alwaysMatch").put("browserName", "chrome")
        .putObject("goog:chromeOptions").put("binary", "/usr/bin/chromium");
    for (String a : List.of("--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile)) {
      chrome.withArray("args").add(a);
    }
    session = call("POST", "/session", caps).path("value").path("sessionId").asString();
  }

  void open(String url) {
    call("POST", "/session/" + session + "/url", JSON.createObjectNode().put("url", url));
  }

  /** The id of the first element matching {@code css}, waiting up to {@code timeout} for it. */
  String find(String css, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      JsonNode v = call("POST", "/session/" + session + "/elements", JSON.createObjectNode()
          .put("using", "css selector").put("value", css)).path("value");
      if (v.isArray() && !v.isEmpty()) {
        return v.get(0).properties().iterator().next().getValue().asString();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no element " + css + " within " + timeout);
      }
      Thread.sleep(200);
    }
  }

  void click(String element) {
    call("POST", "/session/" + session + "/element/" + element + "/click", JSON.createObjectNode());
  }

  String text(String element) {
    return call("GET", "/session/" + session + "/element/" + element + "/text", null).path("value").asString();
  }

  private JsonNode call(String method, String path, JsonNode body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(TestServers.uri(port, path)).timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString()));
    HttpResponse<String> r = TestServers.send(b.header("Content-Type", "application/json").build());
    if (r.statusCode() != 200) {
      throw new AssertionError("WebDriver " + method + " " + path + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  @Override
  public void close() {
    try {
      if (session != null) {
        call("DELETE", "/session/" + session, null);
      }
    } catch (RuntimeException | AssertionError e) {
      // the driver may already be gone; its process group is ended below
    }
    MlflowOracle.run(List.of("kill", "-TERM", "--", "-" + driver.pid()), Duration.ofSeconds(10));
  }
}
