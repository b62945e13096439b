package io.mlmodel.request;

import io.mlmodel.InputException;
import java.util.Set;

/**
 * The {@code error_code} that MLflow's scoring server puts in its error body ({@code {"error_code":
 * ..., "message": ...}}, format reference §6.4) for an {@link InputException}. MLflow raises every
 * failure of parsing the request, a value that does not convert to its column's or tensor's type
 * included, as {@code BAD_REQUEST}; what fails in {@code predict} (schema enforcement, and params,
 * which it checks only there) as {@code INVALID_PARAMETER_VALUE}. Which one applies depends on the
 * stage that threw, so there is one method per stage:
 *
 * <pre>{@code
 * ScoringRequest request;
 * try {
 *   request = ScoringRequests.decode(body, "application/json", signature, options);
 * } catch (InputException e) {
 *   return error(400, MlflowErrorCodes.whileDecoding(e), e.problem());
 * }
 * try {
 *   return ok(predictor.predict(request.input(), Params.of(request.params())));
 * } catch (InputException e) {
 *   return error(400, MlflowErrorCodes.whilePredicting(e), e.problem());
 * }
 * }</pre>
 *
 * <p>Stateless; both methods are pure functions of the exception's {@link InputException#code()}.
 */
public final class MlflowErrorCodes {
  /** Problems a predictor can raise that MLflow reports as a malformed request rather than a bad value. */
  private static final Set<String> MALFORMED = Set.of("bad-request", "unsupported-content-type", "limit");

  private MlflowErrorCodes() {}

  /**
   * The code for a problem {@link ScoringRequests#decode} found.
   *
   * @param e what decoding threw
   * @return {@code INVALID_PARAMETER_VALUE} for params ({@code bad-param}), else {@code BAD_REQUEST}
   */
  public static String whileDecoding(InputException e) {
    return e.code().equals("bad-param") ? "INVALID_PARAMETER_VALUE" : "BAD_REQUEST";
  }

  /**
   * The code for a problem a predictor found in a decoded request.
   *
   * @param e what the prediction threw
   * @return {@code BAD_REQUEST} for a malformed request, an unsupported content type or a limit,
   *     else {@code INVALID_PARAMETER_VALUE}
   */
  public static String whilePredicting(InputException e) {
    return MALFORMED.contains(e.code()) ? "BAD_REQUEST" : "INVALID_PARAMETER_VALUE";
  }
}
