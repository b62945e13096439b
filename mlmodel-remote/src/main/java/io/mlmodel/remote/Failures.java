package io.mlmodel.remote;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.io.UrlText;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The exceptions of one endpoint, each naming it: an HTTP 4xx is the input's fault ({@link
 * InputException} with the server's message), everything else the endpoint's ({@link
 * EndpointException}). The endpoint is named by {@link UrlText#shown}: without the user information and
 * query of its URL, where cloud endpoints carry credentials ({@code ?code=}, {@code user:token@}).
 * Internal; immutable.
 */
final class Failures {
  private final Location location;
  private final String endpoint;

  Failures(Location location, URI endpoint) {
    this.location = location;
    this.endpoint = UrlText.shown(endpoint.toString());
  }

  Failures at(URI other) {
    return new Failures(location, other);
  }

  /**
   * A non-2xx answer. MLflow's {@code error_code} picks the input code: {@code
   * INVALID_PARAMETER_VALUE} is {@code schema-mismatch} (as the local enforcement names it), {@code
   * BAD_REQUEST} is {@code bad-request}; other 4xx (auth, not found, rate limit) are {@code
   * rejected}.
   */
  RuntimeException status(int status, byte[] body) {
    Map<String, String> err = ResponseReader.error(body);
    if (status >= 400 && status < 500) {
      if (err != null) {
        String code = switch (err.get("error_code")) {
          case "INVALID_PARAMETER_VALUE" -> "schema-mismatch";
          case "BAD_REQUEST" -> "bad-request";
          default -> "rejected";
        };
        return new InputException(code, Location.UNKNOWN, null, "POST " + endpoint + " answered HTTP " + status
            + ": " + mlflowError(err));
      }
      String code = status == 415 ? "unsupported-content-type" : status == 413 ? "limit" : "rejected";
      return new InputException(code, Location.UNKNOWN, null, "POST " + endpoint + " answered HTTP " + status
          + ": " + excerpt(body));
    }
    String what = err == null ? excerpt(body) : mlflowError(err);
    return new EndpointException("endpoint-error", location, status, "POST " + endpoint + " answered HTTP " + status
        + ": " + what, null);
  }

  /** A 3xx: not followed, since a POST is not sent again as it was (303 turns it into a GET, 301 and 302 may). */
  EndpointException redirect(int status, String location) {
    return new EndpointException("endpoint-error", this.location, status, "POST " + endpoint + " answered HTTP " + status
        + ", a redirect to " + UrlText.shown(location) + ", which is not followed (the request would not be sent again as it was);"
        + " give the predictor the URL it redirects to", null);
  }

  EndpointException unreachable(int attempts, Throwable cause) {
    return new EndpointException("endpoint-unreachable", location, 0, "cannot connect to " + endpoint + " ("
        + describe(cause) + ")" + (attempts > 1 ? " after " + attempts + " attempts" : ""), cause);
  }

  EndpointException broken(Throwable cause) {
    return new EndpointException("endpoint-broken", location, 0, "the connection to " + endpoint
        + " broke before an answer (" + describe(cause) + "); the server may have died while predicting", cause);
  }

  EndpointException timeout(java.time.Duration limit, Throwable cause) {
    return new EndpointException("endpoint-timeout", location, 0, "no answer from " + endpoint + " within "
        + limit.toMillis() + " ms (RemoteOptions.requestTimeout)", cause);
  }

  EndpointException tooLarge(long limit, Throwable cause) {
    return new EndpointException("endpoint-response", location, 0, "the answer of " + endpoint + " is larger than "
        + limit + " bytes (RemoteOptions.maxResponseBytes); send fewer rows per request (RemoteOptions.chunkRows)"
        + " or raise the limit", cause);
  }

  EndpointException interrupted(InterruptedException cause) {
    Thread.currentThread().interrupt();
    return new EndpointException("endpoint-broken", location, 0, "interrupted while waiting for " + endpoint, cause);
  }

  EndpointException badResponse(String what, @Nullable Throwable cause) {
    return new EndpointException("endpoint-response", location, 200, "POST " + endpoint + ": " + what, cause);
  }

  /** {@code ERROR_CODE: message} of MLflow's error body, or the message alone when it has no code. */
  private static String mlflowError(Map<String, String> err) {
    String code = err.get("error_code");
    return (code.isEmpty() ? "" : code + ": ") + err.get("message");
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }

  /** The start of a body, for messages. */
  static String excerpt(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, 500), StandardCharsets.UTF_8).strip();
    return s.isEmpty() ? "(empty body)" : body.length > 500 ? s + "..." : s;
  }
}
