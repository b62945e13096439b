package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The path a request is routed by: a plain target as it is, others without query and fragment, percent-decoded. */
class RequestTargetTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/invocations | /invocations",
      "/models/linear/invocations | /models/linear/invocations",
      "/ping?verbose=1 | /ping",
      "/docs#top | /docs",
      "/models/my%20model/ping | /models/my model/ping",
      "/a+b | /a+b",
      "/a+b?c=d+e | /a+b",
      "/v2/models/%E2%82%AC/ready | /v2/models/€/ready",
  })
  void isTheDecodedPathOfTheTarget(String target, String path) {
    assertThat(RequestTarget.path(target)).isEqualTo(path);
  }

  // regression: an absolute-form target was routed as a path, "http://x/ping" -> 404 (MLflow: 200)
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "http://127.0.0.1:5000/ping | /ping",
      "HTTPS://x/models/linear/invocations | /models/linear/invocations",
      "http://x/v2/models/%E2%82%AC/ready?a=1 | /v2/models/€/ready",
      "http://x?a=1 | /",
      "http://x | /",
      "* | *",
  })
  void anAbsoluteFormTargetIsRoutedByItsPath(String target, String path) {
    assertThat(RequestTarget.path(target)).isEqualTo(path);
  }

  // regression: QueryStringDecoder threw on a malformed escape, and the request was a 500 (MLflow: 404)
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/ping%ZZ | /ping%ZZ",
      "/ping% | /ping%",
      "/models/x%ZZ/ping?a=1 | /models/x%ZZ/ping",
      "/v2/models/lin%ZZ/ready#top | /v2/models/lin%ZZ/ready",
  })
  void aMalformedPercentEscapeLeavesThePathAsItIs(String target, String path) {
    assertThat(RequestTarget.path(target)).isEqualTo(path);
  }

  // regression: "//ping" was a 404 where MLflow's server (Werkzeug strips leading slashes) answers it as /ping
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "//ping | /ping",
      "///invocations?a=1 | /invocations",
      "/%2Fping | /ping",
      "http://x//ping | /ping",
      "//models/linear//ping | /models/linear//ping",
      "/ping// | /ping//",
      "// | /",
      "/ | /",
  })
  void leadingSlashesCountAsOneAsWerkzeugStripsThem(String target, String path) {
    assertThat(RequestTarget.path(target)).isEqualTo(path);
  }
}
