package io.mlmodel.tracking.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How to talk to a tracking server, with the meaning MLflow 2.17.2 gives its variables
 * ({@code rest_utils.http_request}, {@code MlflowHostCreds}, urllib3's {@code Retry}).
 *
 * @param server the tracking server ({@code http://host:port[/prefix]})
 * @param username MLFLOW_TRACKING_USERNAME: Basic auth when the password is set too (wins over the token)
 * @param password MLFLOW_TRACKING_PASSWORD
 * @param token MLFLOW_TRACKING_TOKEN: Bearer auth
 * @param insecureTls MLFLOW_TRACKING_INSECURE_TLS: no certificate or host name check
 * @param serverCert MLFLOW_TRACKING_SERVER_CERT_PATH: the CA bundle (PEM file or folder) to trust instead of the JDK's
 * @param clientCert MLFLOW_TRACKING_CLIENT_CERT_PATH: a PEM file with the client certificate and its key
 * @param maxRetries MLFLOW_HTTP_REQUEST_MAX_RETRIES (5; below _MLFLOW_HTTP_REQUEST_MAX_RETRIES_LIMIT, 10)
 * @param backoffFactor MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR (2; below _MLFLOW_HTTP_REQUEST_MAX_BACKOFF_FACTOR_LIMIT, 120)
 * @param backoffJitter MLFLOW_HTTP_REQUEST_BACKOFF_JITTER (1.0 s)
 * @param timeout MLFLOW_HTTP_REQUEST_TIMEOUT (120 s): connect, and each wait for data
 * @param downloadTimeout MLMODEL_DOWNLOAD_TIMEOUT (0: none): one artifact's whole download, listings and
 *     retries included; not MLflow's (it has none), for a server that trickles bytes within the timeout
 * @param respectRetryAfter MLFLOW_HTTP_RESPECT_RETRY_AFTER_HEADER (true)
 * @param allowRedirects MLFLOW_ALLOW_HTTP_REDIRECTS (true)
 */
public record HttpSettings(URI server, @Nullable String username, @Nullable String password,
    @Nullable String token, boolean insecureTls, @Nullable Path serverCert, @Nullable Path clientCert,
    int maxRetries, int backoffFactor, double backoffJitter, Duration timeout, Duration downloadTimeout,
    boolean respectRetryAfter,
    boolean allowRedirects) {

  public HttpSettings {
    if (insecureTls && serverCert != null) {
      throw Variables.bad("When 'ignore_tls_verification' is true then 'server_cert_path' must not be set!"
          + " This error may have occurred because the 'MLFLOW_TRACKING_INSECURE_TLS' and"
          + " 'MLFLOW_TRACKING_SERVER_CERT_PATH' environment variables are both set - only one of these"
          + " environment variables may be set.");
    }
    int retryLimit = 10;
    if (maxRetries >= retryLimit) {
      throw Variables.bad("The configured max_retries value (" + maxRetries
          + ") is in excess of the maximum allowable retries (" + retryLimit + ")");
    }
    if (maxRetries < 0) {
      throw Variables.bad("The max_retries value must be either 0 a positive integer. Got " + maxRetries);
    }
    if (backoffFactor >= 120) {
      throw Variables.bad("The configured backoff_factor value (" + backoffFactor
          + ") is in excess of the maximum allowable backoff_factor limit (120)");
    }
    if (backoffFactor < 0) {
      throw Variables.bad("The backoff_factor value must be either 0 a positive integer. Got " + backoffFactor);
    }
    if (backoffJitter < 0 || timeout.isNegative() || timeout.isZero()) {
      throw Variables.bad("the backoff jitter must not be negative and the timeout must be positive");
    }
    if (downloadTimeout.isNegative()) {
      throw Variables.bad("the download timeout must be 0 (none) or more, but got " + downloadTimeout);
    }
  }

  /** The settings MLflow's variables give, for {@code server}. */
  public static HttpSettings from(URI server, Variables v) {
    String cert = v.get("MLFLOW_TRACKING_SERVER_CERT_PATH");
    String client = v.get("MLFLOW_TRACKING_CLIENT_CERT_PATH");
    return new HttpSettings(server, v.get("MLFLOW_TRACKING_USERNAME"), v.get("MLFLOW_TRACKING_PASSWORD"),
        v.get("MLFLOW_TRACKING_TOKEN"), v.bool("MLFLOW_TRACKING_INSECURE_TLS", false),
        cert == null ? null : Path.of(cert), client == null ? null : Path.of(client),
        v.integer("MLFLOW_HTTP_REQUEST_MAX_RETRIES", 5), v.integer("MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR", 2),
        v.decimal("MLFLOW_HTTP_REQUEST_BACKOFF_JITTER", 1.0),
        Duration.ofSeconds(v.integer("MLFLOW_HTTP_REQUEST_TIMEOUT", 120)),
        Duration.ofSeconds(v.nonNegative("MLMODEL_DOWNLOAD_TIMEOUT", 0)),
        v.bool("MLFLOW_HTTP_RESPECT_RETRY_AFTER_HEADER", true), v.bool("MLFLOW_ALLOW_HTTP_REDIRECTS", true));
  }

  /** The Authorization header MLflow sends: Basic when both user and password are set, else Bearer. */
  public @Nullable String authorization() {
    if (username != null && !username.isEmpty() && password != null && !password.isEmpty()) {
      return "Basic " + java.util.Base64.getEncoder().encodeToString(
          (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return token != null && !token.isEmpty() ? "Bearer " + token : null;
  }

  /** urllib3's backoff before retry number {@code retry} (1-based): none before the first. */
  public double backoffSeconds(int retry, double random) {
    if (retry <= 1) {
      return 0;
    }
    double value = backoffFactor * Math.pow(2, retry - 1) + (backoffJitter != 0 ? random * backoffJitter : 0);
    return Math.max(0, Math.min(120, value));
  }

  @Override
  public String toString() {
    return "HttpSettings[" + server + ", auth=" + (authorization() == null ? "none" : "set") + "]";
  }
}
