package io.mlmodel.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.mlmodel.MLModels;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.model.MLModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Answers that come too slowly or are too large, from a raw socket server that writes exactly the
 * bytes given (the JDK's HTTP server cannot trickle a body). No Python.
 */
class SlowAndLargeAnswersTest {
  final MLModel model = MLModels.read(Path.of(System.getProperty("mlmodel.testdata", "../testdata"), "remote", "faulty")
      .toAbsolutePath().normalize());
  ServerSocket socket;
  Thread server;

  /** What the server writes after reading one request. */
  interface Answer {
    void write(OutputStream out) throws IOException, InterruptedException;
  }

  URI serve(Answer answer) throws IOException {
    socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    server = new Thread(() -> {
      try (Socket s = socket.accept()) {
        readRequest(s.getInputStream());
        answer.write(s.getOutputStream());
      } catch (IOException | InterruptedException e) {
        // the client went away: what the tests want
      }
    });
    server.setDaemon(true);
    server.start();
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  @AfterEach
  void stop() throws IOException {
    if (socket != null) {
      socket.close();
      server.interrupt();
    }
  }

  static void readRequest(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      head.append((char) in.read());
    }
    String h = head.toString().toLowerCase();
    int at = h.indexOf("content-length:");
    int length = Integer.parseInt(h.substring(at + 15, h.indexOf("\r\n", at)).strip());
    in.readNBytes(length);
  }

  static void write(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Regression: the request timeout stopped at the headers, so a body sent a byte at a time held the call. */
  @Test
  void aBodyThatTricklesInPastTheRequestTimeoutIsATimeout() throws IOException {
    URI url = serve(out -> {
      write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"predictions\": [");
      for (int i = 0; i < 600; i++) {
        Thread.sleep(100);
        write(out, " ");
      }
    });
    RemoteOptions options = RemoteOptions.builder().requestTimeout(Duration.ofSeconds(1)).build();
    try (RemotePredictor p = RemotePredictor.connect(model, url, options)) {
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
          () -> p.predict(ColumnTable.of(DoubleColumn.of("x", 1.0))))
          .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.code()).isEqualTo("endpoint-timeout"))
          .hasMessageEndingWith(": no answer from " + url.resolve("/invocations")
              + " within 1000 ms (RemoteOptions.requestTimeout)"));
    }
  }

  /** Regression: a body of any size was read into the heap (1.5 GB in the review's probe). */
  @Test
  void anAnswerLargerThanTheLimitFailsWhetherDeclaredOrStreamed() throws IOException {
    String body = "{\"predictions\": [" + "1.0, ".repeat(1000) + "1.0]}";
    RemoteOptions options = RemoteOptions.builder().maxResponseBytes(1000).build();
    String message = "the answer of %s is larger than 1000 bytes (RemoteOptions.maxResponseBytes); send fewer rows"
        + " per request (RemoteOptions.chunkRows) or raise the limit";

    URI declared = serve(out -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: " + body.length() + "\r\n\r\n" + body));
    try (RemotePredictor p = RemotePredictor.connect(model, declared, options)) {
      assertThatThrownBy(() -> p.predict(ColumnTable.of(DoubleColumn.of("x", 1.0))))
          .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.code()).isEqualTo("endpoint-response"))
          .hasMessageEndingWith(": " + message.formatted(declared.resolve("/invocations")));
    }
    stop();

    URI streamed = serve(out -> write(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n"));
    try (RemotePredictor p = RemotePredictor.connect(model, streamed, options)) {
      assertThatThrownBy(() -> p.predict(ColumnTable.of(DoubleColumn.of("x", 1.0))))
          .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.code()).isEqualTo("endpoint-response"))
          .hasMessageEndingWith(": " + message.formatted(streamed.resolve("/invocations")));
    }
  }

  @Test
  void anAnswerWithinTheLimitIsRead() throws IOException {
    String body = "{\"predictions\": [{\"y\": 2.5}]}";
    URI url = serve(out -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: " + body.length() + "\r\n\r\n" + body));
    try (RemotePredictor p = RemotePredictor.connect(model, url, RemoteOptions.builder()
        .maxResponseBytes(body.length()).build())) {
      assertThat(p.predict(ColumnTable.of(DoubleColumn.of("x", 1.0)))).isEqualTo(ColumnTable.of(DoubleColumn.of("y", 2.5)));
    }
  }

  @Test
  void theLimitIsOneArrayAtMost() {
    assertThatThrownBy(() -> RemoteOptions.builder().maxResponseBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResponseBytes must be between 1 and 2147483639, got 0");
    assertThat(RemoteOptions.defaults().maxResponseBytes()).isEqualTo(256L << 20);
  }
}
