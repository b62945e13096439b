package io.mlmodel.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.ModelException;
import io.mlmodel.tracking.internal.HttpSettings;
import io.mlmodel.tracking.internal.Variables;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MLflow's variables read with MLflow's defaults, limits and messages (environment_variables.py, rest_utils.py). */
class SettingsTest {
  private static final URI SERVER = URI.create("http://127.0.0.1:5000");

  private static HttpSettings settings(Map<String, String> vars) {
    return HttpSettings.from(SERVER, new Variables(vars::get));
  }

  @Test
  void mlflowsDefaults() {
    HttpSettings s = settings(Map.of());
    assertThat(s.maxRetries()).isEqualTo(5);
    assertThat(s.backoffFactor()).isEqualTo(2);
    assertThat(s.backoffJitter()).isEqualTo(1.0);
    assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(s.downloadTimeout()).as("no deadline, as MLflow").isZero();
    assertThat(s.respectRetryAfter()).isTrue();
    assertThat(s.allowRedirects()).isTrue();
    assertThat(s.insecureTls()).isFalse();
    assertThat(s.authorization()).isNull();
  }

  @ParameterizedTest
  @CsvSource({"1, 0.0", "2, 4.0", "3, 8.0", "4, 16.0", "5, 32.0", "8, 120.0"})
  void urllib3sBackoffWithoutJitter(int retry, double seconds) {
    assertThat(settings(Map.of("MLFLOW_HTTP_REQUEST_BACKOFF_JITTER", "0")).backoffSeconds(retry, 0.99)).isEqualTo(seconds);
  }

  @Test
  void theJitterIsAddedFromTheSecondRetry() {
    HttpSettings s = settings(Map.of());
    assertThat(s.backoffSeconds(1, 0.5)).isEqualTo(0.0);
    assertThat(s.backoffSeconds(2, 0.5)).isEqualTo(4.5);
  }

  @Test
  void limitsAreMlflowsErrors() {
    ModelException e = catchThrowableOfType(ModelException.class, () -> settings(Map.of("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "10")));
    assertThat(e.problem()).isEqualTo("The configured max_retries value (10) is in excess of the maximum allowable retries (10)");
    e = catchThrowableOfType(ModelException.class, () -> settings(Map.of("MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR", "120")));
    assertThat(e.problem()).isEqualTo("The configured backoff_factor value (120) is in excess of the maximum allowable"
        + " backoff_factor limit (120)");
    e = catchThrowableOfType(ModelException.class, () -> settings(Map.of("MLFLOW_TRACKING_INSECURE_TLS", "yes")));
    assertThat(e.code()).isEqualTo("bad-setting");
    assertThat(e.problem()).isEqualTo("MLFLOW_TRACKING_INSECURE_TLS value must be one of ['true', 'false', '1', '0']"
        + " (case-insensitive), but got yes");
  }

  @Test
  void basicNeedsBothUserAndPasswordElseTheToken() {
    assertThat(settings(Map.of("MLFLOW_TRACKING_USERNAME", "ana", "MLFLOW_TRACKING_TOKEN", "t")).authorization())
        .isEqualTo("Bearer t");
    assertThat(settings(Map.of("MLFLOW_TRACKING_USERNAME", "ana", "MLFLOW_TRACKING_PASSWORD", "pw")).authorization())
        .isEqualTo("Basic YW5hOnB3");
  }

  @Test
  void aTrackingUriThatIsNoServerIsRefused() {
    ModelException e = catchThrowableOfType(ModelException.class,
        () -> TrackingClient.builder().variables(Map.of("MLFLOW_TRACKING_URI", "file:///home/ana/mlruns")).build());
    assertThat(e.code()).isEqualTo("unsupported-uri");
    assertThat(e.problem()).isEqualTo("a tracking server is needed (an http:// or https:// URI in MLFLOW_TRACKING_URI),"
        + " not 'file:///home/ana/mlruns'; a local mlruns folder is read with TrackingStore");
  }

  /** Regression: a tracking URI that java.net.URI cannot parse was reported as "not 'null'". */
  @ParameterizedTest
  @CsvSource({"http://my host:5000", "http://mlflow_server:5000"})
  void aTrackingUriWithoutAValidHostIsNamedInTheError(String uri) {
    ModelException e = catchThrowableOfType(ModelException.class,
        () -> TrackingClient.builder().variables(Map.of("MLFLOW_TRACKING_URI", uri)).build());
    assertThat(e.code()).isEqualTo("unsupported-uri");
    assertThat(e.problem()).isEqualTo("a tracking server is needed (an http:// or https:// URI in MLFLOW_TRACKING_URI),"
        + " not '" + uri + "' (no host name a URI may have: letters, digits, '-' and '.', or an IP address);"
        + " a local mlruns folder is read with TrackingStore");
  }

  /**
   * Regression: a refused tracking URI was quoted whole in the error, its password with it; and,
   * without {@code ://} (the scheme left out: {@code user:password@host}), still was.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "http://ana:s3cret@mlflow_server:5000|http://***@mlflow_server:5000",
      "ftp://ana:s3cret@host/mlruns|ftp://***@host/mlruns",
      "http://ana:s3/cret@my host:5000|http://***@my host:5000",
      "ana:s3cret@mlflow.example.com:5000|***@mlflow.example.com:5000"})
  void aRefusedTrackingUriIsNamedWithoutItsCredentials(String uri, String shown) {
    ModelException e = catchThrowableOfType(ModelException.class,
        () -> TrackingClient.builder().variables(Map.of("MLFLOW_TRACKING_URI", uri)).build());
    assertThat(e.code()).isEqualTo("unsupported-uri");
    assertThat(e.problem()).contains("not '" + shown + "'").doesNotContain("s3cret").doesNotContain("ana");
    assertThat(e.getMessage()).doesNotContain("s3cret");
  }

  /** Regression: a cache bound that is not a number was a NumberFormatException, not a bad-setting error. */
  @Test
  void aCacheBoundThatIsNoNumberIsABadSetting() {
    ModelException e = catchThrowableOfType(ModelException.class, () -> TrackingClient.builder()
        .variables(Map.of("MLFLOW_TRACKING_URI", "http://127.0.0.1:5000", "MLMODEL_CACHE_MAX_BYTES", "1GB")).build());
    assertThat(e.code()).isEqualTo("bad-setting");
    assertThat(e.problem()).isEqualTo("MLMODEL_CACHE_MAX_BYTES must be an integer, but got '1GB'");
  }

  /** Regression: with no tracking URI set at all, the error said "not 'null'". */
  @Test
  void noTrackingUriAtAllIsSaidSo() {
    ModelException e = catchThrowableOfType(ModelException.class, () -> TrackingClient.builder().variables(Map.of()).build());
    assertThat(e.code()).isEqualTo("unsupported-uri");
    assertThat(e.problem()).isEqualTo("a tracking server is needed (an http:// or https:// URI in MLFLOW_TRACKING_URI),"
        + " and none is set (neither MLFLOW_TRACKING_URI nor the system property mlmodel.trackingUri);"
        + " a local mlruns folder is read with TrackingStore");
  }

  /** Regression: a negative cache TTL or size bound quietly meant 0 (ask every time; no bound). */
  @ParameterizedTest
  @CsvSource({"MLMODEL_CACHE_TTL, -5", "MLMODEL_CACHE_MAX_BYTES, -1", "MLMODEL_DOWNLOAD_TIMEOUT, -3"})
  void aNegativeCacheSettingIsABadSetting(String name, String value) {
    ModelException e = catchThrowableOfType(ModelException.class, () -> TrackingClient.builder()
        .variables(Map.of("MLFLOW_TRACKING_URI", "http://127.0.0.1:5000", name, value)).build());
    assertThat(e.code()).isEqualTo("bad-setting");
    assertThat(e.problem()).isEqualTo(name + " must be 0 or more, but got '" + value + "'");
  }

  @Test
  void theBuilderRefusesNegativeCacheBounds() {
    assertThatThrownBy(() -> TrackingClient.builder().refTtl(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("refTtl must not be negative, but got PT-1S");
    assertThatThrownBy(() -> TrackingClient.builder().maxCacheBytes(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxCacheBytes must be 0 (no bound) or more, but got -1");
    assertThatThrownBy(() -> TrackingClient.builder().downloadTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("downloadTimeout must be 0 (none) or more, but got PT-1S");
  }
}
