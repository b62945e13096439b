package io.mlmodel.remote;

import io.mlmodel.Location;
import io.mlmodel.MLModelException;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The scoring endpoint failed, not the input: it answered with a server error (HTTP 5xx), could not
 * be reached, timed out, broke the connection, sent a body that is not a scoring response, or (in
 * managed mode) its MLflow process could not be started or kept running. Retrying later may help;
 * fixing the request will not. Bad input is an {@link io.mlmodel.InputException} instead, whether
 * it was found here before sending or by the server (HTTP 4xx).
 *
 * <p>{@link #code()} is one of:
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>{@code endpoint-error}</td><td>HTTP 5xx (or another non-2xx, non-4xx status); the
 *   message has the status and the server's {@code error_code} and {@code message}</td></tr>
 *   <tr><td>{@code endpoint-unreachable}</td><td>no connection could be made (after the retries
 *   that are safe)</td></tr>
 *   <tr><td>{@code endpoint-broken}</td><td>the connection closed before the answer: the server
 *   may have died while predicting</td></tr>
 *   <tr><td>{@code endpoint-timeout}</td><td>no whole answer (headers and body) within {@link
 *   RemoteOptions#requestTimeout()}</td></tr>
 *   <tr><td>{@code endpoint-response}</td><td>a 2xx answer that is not {@code {"predictions": ...}},
 *   or an answer larger than {@link RemoteOptions#maxResponseBytes()}</td></tr>
 *   <tr><td>{@code endpoint-down}</td><td>managed mode: the MLflow server did not start, or died
 *   more often than {@link RemoteOptions#maxRestarts()} allows</td></tr>
 * </table>
 *
 * <p>The location is the model's MLmodel file when the model has a folder; the message names the
 * endpoint's URL.
 */
public final class EndpointException extends MLModelException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status the endpoint answered with, or 0 when there was no answer. */
  private final int status;

  /**
   * @param code one of the codes above
   * @param location the model's MLmodel file, or {@link Location#UNKNOWN}
   * @param status the HTTP status, or 0 when there was no answer
   * @param problem what happened, naming the endpoint
   * @param cause the transport failure, or null
   */
  public EndpointException(String code, Location location, int status, String problem, @Nullable Throwable cause) {
    super(code, location, problem, cause);
    this.status = status;
  }

  /**
   * The HTTP status the endpoint answered with, or empty when there was no answer.
   *
   * @return the status, such as 503, or empty after a transport failure or a timeout
   */
  public OptionalInt status() {
    return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }
}
