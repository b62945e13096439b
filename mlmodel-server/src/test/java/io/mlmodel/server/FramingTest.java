package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Request smuggling: heads whose body length a proxy in front could read otherwise than the server
 * (RFC 9112, 5 and 6). Each request is followed by a {@code GET /version} that a server reading the
 * body differently would answer as a request of its own; none may be. MLflow's gunicorn refuses
 * most of these too, some with a 500, and takes a signed length and {@code Transfer-Encoding:
 * identity} (docs/server.md).
 */
class FramingTest {
  private static final String BODY = "{\"inputs\": [[1, 2, 3]]}";
  private static final String CHUNKED = Integer.toHexString(BODY.length()) + "\r\n" + BODY + "\r\n0\r\n\r\n";
  private static final String SMUGGLED = "GET /version HTTP/1.1\r\nHost: x\r\n\r\n";
  private static ScoringServer server;

  @BeforeAll
  static void start() {
    server = ScoringServer.start(TestServers.config().build());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String post(String version, String headers, String body) {
    return "POST /invocations HTTP/" + version + "\r\nHost: x\r\nContent-Type: application/json\r\n" + headers + "\r\n"
        + body;
  }

  static Stream<Arguments> ambiguous() {
    return Stream.of(
        Arguments.of("Transfer-Encoding and Content-Length", post("1.1", "Content-Length: 5\r\nTransfer-Encoding: chunked"
            + "\r\n", CHUNKED), "Content-Length are not allowed in HTTP/1.1 messages that contains a Transfer-Encoding header."),
        Arguments.of("Transfer-Encoding in HTTP/1.0", post("1.0", "Connection: keep-alive\r\nTransfer-Encoding: chunked"
            + "\r\n", CHUNKED), "The Transfer-Encoding header is only allowed in HTTP/1.1 or newer"),
        Arguments.of("a coding after chunked", post("1.1", "Transfer-Encoding: chunked, identity\r\n", CHUNKED),
            "chunked must be the last encoding present in the Transfer-Encoding header"),
        Arguments.of("chunked twice", post("1.1", "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n",
            CHUNKED), "chunked transfer coding must not be applied more than once"),
        Arguments.of("a coding other than chunked", post("1.1", "Transfer-Encoding: gzip\r\n", ""),
            "The final transfer coding must be chunked for HTTP requests"),
        Arguments.of("an empty Transfer-Encoding", post("1.1", "Transfer-Encoding: \r\nContent-Length: 23\r\n", BODY),
            "The final transfer coding must be chunked for HTTP requests"),
        Arguments.of("Transfer-Encoding folded over two lines", post("1.1", "Transfer-Encoding:\r\n chunked\r\n", CHUNKED),
            "Validation failed for header 'Transfer-Encoding'"),
        Arguments.of("two equal Content-Lengths", post("1.1", "Content-Length: 23\r\nContent-Length: 23\r\n", BODY),
            "Multiple Content-Length values found: [23, 23]"),
        Arguments.of("two Content-Lengths in HTTP/1.0", post("1.0", "Connection: keep-alive\r\nContent-Length: 23\r\n"
            + "Content-Length: 500\r\n", BODY), "Multiple Content-Length values found: [23, 500]"),
        Arguments.of("a signed Content-Length", post("1.1", "Content-Length: +23\r\n", BODY),
            "Content-Length value is not a number: +23"),
        Arguments.of("whitespace before the colon", post("1.1", "Content-Length : 23\r\n", BODY), "a header name can only"
            + " contain \"token\" characters, but found invalid character 0x20 at index 14 of header 'Content-Length '."),
        Arguments.of("a chunk size over 32 bits", post("1.1", "Transfer-Encoding: chunked\r\n", "100000000\r\n\r\n"),
            "Chunk size overflow: 4294967296"),
        Arguments.of("a negative chunk size", post("1.1", "Transfer-Encoding: chunked\r\n", "-17\r\n" + BODY),
            "Invalid character in chunk size"),
        Arguments.of("a NUL in a header", "GET /ping HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n",
            "Validation failed for header 'X-A'"),
        Arguments.of("a bare line feed", "GET /ping HTTP/1.1\nHost: x\n\n", "Line Feed must be preceded by Carriage Return"
            + " when terminating HTTP start- and header field-lines"));
  }

  /**
   * Not a regression test: Netty 4.2's decoder refuses each of these (RFC 9112, 6.1 and 6.3, with
   * {@code io.netty.handler.codec.http.rfc9112TransferEncoding} at its default, true); this holds
   * it to that, closing the connection and reading nothing after the head.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("ambiguous")
  void anAmbiguousBodyLengthIs400AndNothingAfterItIsRead(String name, String request, String why) {
    try (RawHttp raw = new RawHttp(server.port())) {
      String answer = raw.send(request + SMUGGLED).readToEnd();
      assertThat(answer).startsWith("HTTP/1.1 400 BAD REQUEST").contains("connection: close")
          .endsWith("\r\n\r\nBad Request: " + why);
    }
  }
}
