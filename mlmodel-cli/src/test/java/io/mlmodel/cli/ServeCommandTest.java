package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.ResourceLeakDetector;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code mlmodel serve} in a child JVM, as an operator runs it: it prints where it listens, answers
 * MLflow's protocol, and SIGTERM stops it; {@code predict --via} against it answers what the
 * in-process predictor answers.
 */
class ServeCommandTest {
  private static final String MODEL = "testdata/onnx/columns_single_input";
  private static final String REQUEST = "testdata/predict/requests/columns_single_input.json";
  private static Process server;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    server = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        "io.mlmodel.cli.Main", "serve", "--port", "0", "--no-access-log", "linear=" + MODEL))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    Matcher m = Pattern.compile("serving linear=\\S+ on (http://127\\.0\\.0\\.1:\\d+)").matcher(String.valueOf(line));
    assertThat(m.matches()).as(line).isTrue();
    base = m.group(1);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.destroy();
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void servesMlflowsProtocolAndStopsOnSigterm() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(base + "/ping")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(ping.statusCode()).isEqualTo(200);
    assertThat(ping.body()).isEqualTo("\n");
    HttpResponse<String> scored = http.send(HttpRequest.newBuilder(URI.create(base + "/invocations"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofFile(Path.of(REQUEST))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(scored.statusCode()).isEqualTo(200);
    assertThat(scored.body()).isEqualTo("{\"predictions\": [{\"variable\": 4.5}, {\"variable\": 15.25}]}");
  }

  @Test
  void predictViaTheServerAnswersWhatTheModelAnswersInProcess() {
    CliRunner local = CliRunner.run("predict", MODEL, "--input", REQUEST);
    CliRunner remote = CliRunner.run("predict", MODEL, "--input", REQUEST, "--via", base);
    assertThat(local.exit()).as(local.err()).isZero();
    assertThat(remote.exit()).as(remote.err()).isZero();
    assertThat(remote.out()).isEqualTo(local.out()).isEqualTo("{\"predictions\":[{\"variable\":4.5},{\"variable\":15.25}]}"
        + System.lineSeparator());
  }

  @Test
  void aViaThatIsNoHttpUrlIsAUsageError() {
    CliRunner r = CliRunner.run("predict", MODEL, "--input", REQUEST, "--via", "ftp://127.0.0.1/x");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("--via: ");
  }

  /**
   * Regression: a --via URL that does not parse (a space in its password) was echoed whole in the
   * usage error, password included, where the remote predictor's messages never show credentials.
   */
  @Test
  void aViaThatDoesNotParseIsAUsageErrorWithoutItsText() {
    CliRunner r = CliRunner.run("predict", MODEL, "--input", REQUEST, "--via", "https://scorer:s3c ret@host/invocations");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("--via: not a URL: Illegal character in authority at index 8"
        + System.lineSeparator()).doesNotContain("s3c");
  }

  @Test
  void serveWithoutAModelIsAUsageError() {
    CliRunner r = CliRunner.run("serve");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter: '[NAME=]URI'");
  }

  @Test
  void aBodyBudgetBelowTheBodyLimitIsAUsageError() {
    CliRunner r = CliRunner.run("serve", "--port", "0", "--max-request-bytes", "2000", "--max-buffered-bytes", "1000",
        MODEL);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: maxBufferedBytes must be at least the body limit (maxRequestBytes, 2000):"
        + " 1000");
    CliRunner zero = CliRunner.run("serve", "--port", "0", "--max-buffered-bytes", "0", MODEL);
    assertThat(zero.exit()).isEqualTo(2);
    assertThat(zero.err()).startsWith("error: maxBufferedBytes must be positive: 0");
  }

  @Test
  void maxConnectionsReachesTheServerAndZeroIsAUsageError() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        "io.mlmodel.cli.Main", "serve", "--port", "0", "--no-access-log", "--max-connections", "1", "linear=" + MODEL))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
      Matcher m = Pattern.compile("serving linear=\\S+ on http://127\\.0\\.0\\.1:(\\d+)").matcher(String.valueOf(line));
      assertThat(m.matches()).as(line).isTrue();
      int port = Integer.parseInt(m.group(1));
      try (Socket first = new Socket("127.0.0.1", port); Socket second = new Socket()) {
        first.setSoTimeout(15_000);
        first.getOutputStream().write("GET /version HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] answer = new byte[17];
        new DataInputStream(first.getInputStream()).readFully(answer);
        assertThat(new String(answer, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200 OK\r\n");
        // one connection is open, the cap: the next is closed at accept, unanswered
        second.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        second.setSoTimeout(15_000);
        assertThat(second.getInputStream().read()).isEqualTo(-1);
      }
    } finally {
      p.destroy();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    CliRunner zero = CliRunner.run("serve", "--port", "0", "--max-connections", "0", MODEL);
    assertThat(zero.exit()).isEqualTo(2);
    assertThat(zero.err()).startsWith("error: maxConnections must be positive: 0");
    assertThat(CliRunner.run("serve", "--help").out()).contains("--max-connections");
  }

  /** Regression: an address that does not resolve ended "cannot listen on HOST:PORT: null". */
  @Test
  void aHostThatDoesNotResolveIsNamedWithWhatWentWrong() {
    CliRunner r = CliRunner.run("serve", "--host", "no.such.host.invalid", "--port", "0", MODEL);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: ").contains("cannot listen on no.such.host.invalid:0: ")
        .doesNotContain(": null");
  }

  /** Regression: serve's own error lines printed a host's control characters as they are. */
  @Test
  void aHostWithControlCharactersStaysOnOneEscapedErrorLine() {
    CliRunner r = CliRunner.run("serve", "--host", "no.such\u001b[2J\nhost.invalid", "--port", "0", MODEL);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: ").contains("no.such\\u001b[2J\\u000ahost.invalid")
        .endsWith(System.lineSeparator()).hasLineCount(1);
  }

  /**
   * Regression: {@code mlmodel serve} left Netty's leak detection sampling one buffer in 128 (with a
   * stack trace) on every request, where ServerMain turns it off unless a property asks for it. The
   * start fails here (the host does not resolve) after the JVM's defaults are set; the JVM-wide level
   * and property are put back afterwards.
   */
  @Test
  void serveTurnsNettysLeakDetectionOffAsServerMainDoes() {
    ResourceLeakDetector.Level level = ResourceLeakDetector.getLevel();
    String property = System.getProperty("io.netty.leakDetection.level");
    System.clearProperty("io.netty.leakDetection.level");
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.SIMPLE);
    try {
      CliRunner r = CliRunner.run("serve", "--host", "no.such.host.invalid", "--port", "0", MODEL);
      assertThat(r.exit()).isEqualTo(1);
      assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.DISABLED);
      assertThat(System.getProperty("io.netty.leakDetection.level")).isEqualTo("disabled");
    } finally {
      ResourceLeakDetector.setLevel(level);
      if (property == null) {
        System.clearProperty("io.netty.leakDetection.level");
      } else {
        System.setProperty("io.netty.leakDetection.level", property);
      }
    }
  }
}
