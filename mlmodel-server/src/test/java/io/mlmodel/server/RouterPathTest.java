package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The path a request is routed by: a plain target as it is, others without query and fragment, percent-decoded. */
class RouterPathTest {

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
    assertThat(Router.path(target)).isEqualTo(path);
  }
}
