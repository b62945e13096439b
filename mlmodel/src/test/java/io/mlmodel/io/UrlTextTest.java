package io.mlmodel.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://u:t0k@host:8443/invocations?code=k3y#f|https://host:8443/invocations",
      "http://[::1]:5000/invocations?x=1|http://[::1]:5000/invocations",
      "https://login.example.com/sso?token=t0p#x|https://login.example.com/sso",
      "https://u:s3c/ret@host/invocations|https://host/invocations",
      "https://u:s3c?ret@host/invocations|https://host/invocations",
      "u:s3cret@host/invocations|host/invocations",
      "/relative?next=1|/relative",
      "file:///tmp/x|file:///tmp/x"})
  void shownHasNoUserInformationQueryOrFragment(String url, String shown) {
    assertThat(UrlText.shown(url)).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "http://ana:s3cret@mlflow_server:5000|http://***@mlflow_server:5000",
      "http://ana:s3/cret@my host:5000/p?q=1|http://***@my host:5000/p?q=1",
      "ana:s3cret@mlflow.example.com:5000|***@mlflow.example.com:5000",
      "http://a:b@c@host|http://***@host",
      "http://host:5000/p?q=1|http://host:5000/p?q=1"})
  void withoutUserInfoMasksUpToTheLastAt(String text, String shown) {
    assertThat(UrlText.withoutUserInfo(text, "***@")).isEqualTo(shown);
  }
}
