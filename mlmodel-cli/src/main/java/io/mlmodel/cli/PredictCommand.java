package io.mlmodel.cli;

import io.mlmodel.InputException;
import io.mlmodel.MLModels;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.Params;
import io.mlmodel.io.JsonValues;
import io.mlmodel.model.MLModel;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.remote.RemoteOptions;
import io.mlmodel.remote.RemotePredictor;
import io.mlmodel.request.MlflowErrorCodes;
import io.mlmodel.request.Predictions;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.request.ScoringRequests;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code predict DIR --input FILE|- [--content-type json|csv]}: what MLflow's scoring server
 * answers to a request, without a server. The model is loaded with the predictor registry, the body
 * decoded as {@code /invocations} decodes it, and the prediction printed as the response body.
 */
final class PredictCommand implements CliCommand {
  /** Input problems MLflow's server reports as a malformed request rather than a bad value. */
  static final CommandSpec<PredictCommand> SPEC = RequestInput.addTo(new CommandSpec<PredictCommand>("predict",
      "Runs a model on a scoring request (MLflow's JSON forms or CSV) and prints MLflow's response: {\"predictions\": ...}.",
      "Invalid input prints MLflow's error response {\"error_code\": ..., \"message\": ...} and exits 1.")
      .params("DIR", 1, 1, "Model folder, MLmodel file or model URI.", (c, v) -> c.dir = v.get(0)), c -> c.request)
      .option(List.of("--via"), "URL", "Run the model on this MLflow scoring endpoint (its /invocations), enforced"
          + " and typed here.", (c, v) -> c.via = v)
      .option(List.of("--via-mlflow"), "CMD", "Start `CMD models serve` for the model (for example mlflow, or"
          + " python3) and run it there.", (c, v) -> c.viaMlflow = v);

  String dir = "";
  final RequestInput request = new RequestInput();
  @Nullable String via;
  @Nullable String viaMlflow;

  @Override
  public int call(PrintWriter out, PrintWriter err) {
    String type = request.mimeType(err);
    if (type == null) {
      return Main.USAGE;
    }
    boolean decoding = true;
    try (Predictor predictor = open(MLModels.read(Targets.resolve(dir)));
        InputStream body = request.open()) {
      EnforcementOptions options = EnforcementOptions.defaults();
      ScoringRequest decoded = ScoringRequests.decode(body, type, predictor.signature().orElse(null), options);
      decoding = false;
      PredictOutput prediction = predictor.predict(decoded.input(), Params.of(decoded.params()));
      out.println(Predictions.toJson(prediction));
      return 0;
    } catch (InputException e) {
      ObjectNode o = JsonValues.F.objectNode();
      o.put("error_code", decoding ? MlflowErrorCodes.whileDecoding(e) : MlflowErrorCodes.whilePredicting(e));
      o.put("message", CliMessages.cli(e.problem()));
      out.println(o);
      err.println(CliMessages.inputError(e, request.input));
      return Main.FAILED;
    } catch (NoSuchFileException e) {
      err.println(CliMessages.oneLine("error: no such input file: " + request.input));
      return Main.USAGE;
    } catch (IOException e) {
      err.println(CliMessages.oneLine("error: can not read " + request.input + ": " + e.getMessage()));
      return Main.FAILED;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The model's own runtime, or the endpoint named by --via or started by --via-mlflow. */
  private Predictor open(MLModel model) {
    if (via != null && viaMlflow != null) {
      throw new UsageException("--via and --via-mlflow exclude each other");
    }
    if (via != null) {
      URI endpoint;
      try {
        endpoint = new URI(via);
      } catch (URISyntaxException e) { // the reason without the text: a URL's user information may be a secret
        throw new UsageException("--via: not a URL: " + e.getReason() + " at index " + e.getIndex());
      }
      try {
        return RemotePredictor.connect(model, endpoint, RemoteOptions.defaults());
      } catch (IllegalArgumentException e) {
        throw new UsageException("--via: " + e.getMessage());
      }
    }
    if (viaMlflow != null) {
      if (viaMlflow.isBlank()) {
        throw new UsageException("--via-mlflow: the command is empty");
      }
      try {
        return RemotePredictor.serve(model, List.of(viaMlflow.strip().split("\\s+")), RemoteOptions.defaults());
      } catch (IllegalArgumentException e) { // a command the remote module refuses: a bad path, a blank part
        throw new UsageException("--via-mlflow: " + e.getMessage());
      }
    }
    return Predictors.resolve(model);
  }
}
