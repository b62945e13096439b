package io.mlmodel.cli;

import io.mlmodel.InputException;
import io.mlmodel.MLModelException;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.request.RequestValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code validate-input DIR --input FILE|- [--content-type json|csv] [--mlflow-compatible]}: checks
 * a scoring request against a model's signature without loading the model, and prints the input as
 * MLflow's enforcement would hand it to the model.
 */
final class ValidateInputCommand implements CliCommand {
  static final CommandSpec<ValidateInputCommand> SPEC = RequestInput.addTo(new CommandSpec<ValidateInputCommand>(
      "validate-input",
      "Validates a scoring request (MLflow's JSON forms or CSV) against a model's signature without loading the model.",
      "Prints {\"valid\": true, ...} with the converted input (exit 0) or {\"valid\": false, \"error\": ...} (exit 1).")
      .params("DIR", 1, 1, "Model folder, MLmodel file or model URI.", (c, v) -> c.dir = v.get(0)), c -> c.request)
      .flag("--mlflow-compatible", "Reproduce MLflow's lossy conversions (integer wrap-around, string truthiness,"
          + " undecoded base64) instead of refusing them.", (c, v) -> c.mlflowCompatible = v);

  String dir = "";
  final RequestInput request = new RequestInput();
  boolean mlflowCompatible;

  @Override
  public int call(PrintWriter out, PrintWriter err) {
    String type = request.mimeType(err);
    if (type == null) {
      return Main.USAGE;
    }
    EnforcementOptions options = EnforcementOptions.builder()
        .compatibility(mlflowCompatible ? EnforcementOptions.Compatibility.MLFLOW : EnforcementOptions.Compatibility.SAFE)
        .build();
    try (InputStream body = request.open()) {
      EnforcedInput in = RequestValidator.validate(Targets.resolve(dir), body, type, options);
      out.println(RequestValidator.report(in));
      return 0;
    } catch (InputException e) {
      out.println(CliMessages.cli(RequestValidator.report(e)));
      err.println(CliMessages.inputError(e, request.input));
      return Main.FAILED;
    } catch (MLModelException e) {
      out.println(Json.MAPPER.writeValueAsString(Errors.toJson(dir, e)));
      err.println(CliMessages.error(e));
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
}
