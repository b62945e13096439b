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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate-input DIR --input FILE|- [--content-type json|csv] [--mlflow-compatible]}: checks
 * a scoring request against a model's signature without loading the model, and prints the input as
 * MLflow's enforcement would hand it to the model.
 */
@Command(name = "validate-input", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
    "Validates a scoring request (MLflow's JSON forms or CSV) against a model's signature without loading the model.",
    "Prints {\"valid\": true, ...} with the converted input (exit 0) or {\"valid\": false, \"error\": ...} (exit 1)."})
final class ValidateInputCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Model folder, MLmodel file or model URI.")
  String dir;

  @Mixin RequestInput request;

  @Option(names = "--mlflow-compatible",
      description = "Reproduce MLflow's lossy conversions (integer wrap-around, string truthiness, undecoded base64) instead of refusing them.")
  boolean mlflowCompatible;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
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
      err.println("error: no such input file: " + request.input);
      return Main.USAGE;
    } catch (IOException e) {
      err.println("error: can not read " + request.input + ": " + e.getMessage());
      return Main.FAILED;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
