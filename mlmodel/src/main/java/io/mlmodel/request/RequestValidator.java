package io.mlmodel.request;

import io.mlmodel.InputException;
import io.mlmodel.MLModels;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.internal.Problems;
import io.mlmodel.model.MLModel;
import io.mlmodel.signature.ModelSignature;
import java.io.InputStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Validates a scoring request against a model without loading the model: the JVM side of MLflow's
 * {@code mlflow.models.validate_serving_input}. Any model folder with a signature works, whatever
 * its flavor (a pickled sklearn model, a custom {@code python_model}), because only {@code MLmodel}
 * is read.
 *
 * <p>It runs exactly what a predictor runs before calling its model: {@link
 * ScoringRequests#decode} then {@link Enforcement#enforce}. The result is the input as MLflow's
 * enforcement would hand it to the model; a bad request is an {@link InputException} naming the
 * column, tensor or param, the expected type and what was given. For a model whose signature came
 * from Python type hints ({@code is_signature_from_type_hint}), MLflow requires the {@code inputs}
 * form and checks only params; so does this class. Stateless and thread-safe.
 *
 * <pre>{@code
 * EnforcedInput in = RequestValidator.validate(Path.of("model"), body, "application/json",
 *     EnforcementOptions.defaults());
 * }</pre>
 */
public final class RequestValidator {
  private RequestValidator() {}

  /**
   * Validates {@code body} against the signature of the model in {@code modelDir}.
   *
   * @param modelDir a model folder or its {@code MLmodel} file, read with the default {@link
   *     io.mlmodel.ReadOptions}
   * @param body the request body; read up to {@link EnforcementOptions#maxRequestBytes()}, not
   *     closed
   * @param contentType the Content-Type header: {@code application/json} or {@code text/csv}, with
   *     at most a {@code charset=utf-8} parameter
   * @param options safe or MLflow conversions, and the request limits
   * @return the input and params as enforcement hands them to the model, with MLflow's warnings;
   *     for a signature from type hints, the input decoded without the signature and not enforced,
   *     and the params enforced
   * @throws io.mlmodel.ModelException when {@code MLmodel} cannot be read or its signature is broken
   * @throws InputException when the request is bad: codes {@code bad-request}, {@code
   *     unsupported-content-type}, {@code limit}, {@code schema-mismatch} or {@code bad-param}
   * @throws java.io.UncheckedIOException when the file system fails while reading {@code MLmodel},
   *     or when reading a CSV body fails
   */
  public static EnforcedInput validate(Path modelDir, InputStream body, String contentType, EnforcementOptions options) {
    MLModel model = MLModels.read(modelDir);
    ModelSignature signature = model.signature().orElse(null);
    if (signature != null && model.isSignatureFromTypeHint().orElse(false)) {
      ScoringRequest req = ScoringRequests.decode(body, contentType, null, options);
      if (req.format() != RequestFormat.INPUTS) {
        throw Problems.request(io.mlmodel.Location.UNKNOWN, null, "Request payload must be a dictionary with 'inputs'"
            + " key when the model contains a valid type hint.");
      }
      ModelSignature paramsOnly = signature.params().isEmpty() ? null
          : new ModelSignature(null, null, signature.params().get());
      return Enforcement.enforce(req.input(), req.params(), paramsOnly, options);
    }
    return validate(signature, body, contentType, options);
  }

  /**
   * Validates {@code body} against a signature (null: nothing to enforce, only decoding).
   *
   * @param signature the signature to enforce, or null to decode only (any params are then dropped
   *     with a warning)
   * @param body the request body; read up to {@link EnforcementOptions#maxRequestBytes()}, not
   *     closed
   * @param contentType the Content-Type header: {@code application/json} or {@code text/csv}, with
   *     at most a {@code charset=utf-8} parameter
   * @param options safe or MLflow conversions, and the request limits
   * @return the input and params as enforcement hands them to the model, with MLflow's warnings
   * @throws InputException when the request is bad: codes {@code bad-request}, {@code
   *     unsupported-content-type}, {@code limit}, {@code schema-mismatch} or {@code bad-param}
   * @throws java.io.UncheckedIOException when reading {@code body} fails
   */
  public static EnforcedInput validate(@Nullable ModelSignature signature, InputStream body, String contentType,
      EnforcementOptions options) {
    ScoringRequest req = ScoringRequests.decode(body, contentType, signature, options);
    return Enforcement.enforce(req.input(), req.params(), signature, options);
  }

  /**
   * The report of a valid request as {@code validate-input} prints it: {@code {"valid": true,
   * "kind": "columns" | "tensors", "columns": {name: [values]} | "tensors": {name: {"dtype",
   * "shape", "values"}}, "params": {...}, "warnings": [...]}}. Binary values are base64, date-times
   * ISO 8601, missing values (NaN in a float column, NaT) null, infinities (and NaN in params and
   * tensors) the bare tokens {@code Infinity}, {@code -Infinity}, {@code NaN} of Python's
   * {@code json.dumps}; an unnamed tensor is named {@code "0"}.
   *
   * @param in an enforced input, as {@link #validate} returns it
   * @return the report, as one line of JSON
   */
  public static String report(EnforcedInput in) {
    return ValidationReport.valid(in);
  }

  /**
   * The report of a bad request: {@code {"valid": false, "error": {"message", "code", "column"}}}.
   * {@code message} is the problem without its location, {@code column} the exception's field or
   * null; {@code "line"} is added when the location has a line, {@code "key"} when it has a key
   * path.
   *
   * @param e the failure, as {@link #validate} throws it
   * @return the report, as one line of JSON
   */
  public static String report(InputException e) {
    return ValidationReport.invalid(e);
  }

}
