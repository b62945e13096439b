package io.mlmodel.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.InputException;
import io.mlmodel.MLModelException;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.request.RequestValidator;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.SignatureParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated scoring requests against generated signatures, decoded and enforced by us
 * ({@link RequestValidator}) and by the real MLflow 2.17.2 ({@code _parse_json_data} or
 * {@code parse_csv_input}, then pyfunc's {@code _validate_prediction_input}, what
 * {@code validate_serving_input} runs before the model). In MLflow mode acceptance, converted values
 * and error kind must agree; in safe mode we never accept what MLflow refuses, and each request we
 * refuse that MLflow takes is one of the safer refusals of docs/enforcement.md.
 * {@code -Dmlmodel.fidelity.cases=100000} for a long run.
 */
class RequestDifferentialTest {
  static final int CASES = Integer.getInteger("mlmodel.fidelity.cases", 5000);
  static final long SEED = Long.getLong("mlmodel.fidelity.seed", 20261202L);
  private static final int BATCH = 5000;
  static final EnforcementOptions MLFLOW = EnforcementOptions.builder()
      .compatibility(EnforcementOptions.Compatibility.MLFLOW).build();

  @Test
  void generatedRequestsAgreeWithMlflow() {
    Oracle.python();
    Differences mlflowMode = new Differences("requests, MLflow mode");
    Differences safeMode = new Differences("requests, safe mode");
    for (int start = 0; start < CASES; start += BATCH) {
      List<RequestGen> gens = new ArrayList<>();
      List<ObjectNode> cases = new ArrayList<>();
      for (int i = start; i < Math.min(CASES, start + BATCH); i++) {
        RequestGen r = new RequestGen(SEED * 1_000_003L + i);
        gens.add(r);
        ObjectNode c = JsonNodeFactory.instance.objectNode().put("kind", "request").put("body", r.body).put("csv", r.csv);
        c.putObject("signature").put("inputs", r.inputs).put("params", r.params);
        cases.add(c);
      }
      List<JsonNode> answers = Oracle.run(cases);
      for (int i = 0; i < gens.size(); i++) {
        compare(gens.get(i), answers.get(i), MLFLOW, mlflowMode);
        compare(gens.get(i), answers.get(i), EnforcementOptions.defaults(), safeMode);
      }
    }
    mlflowMode.report(CASES);
    safeMode.report(CASES);
    assertThat(mlflowMode.unexplained()).as(mlflowMode.summary()).isEmpty();
    assertThat(safeMode.unexplained()).as(safeMode.summary()).isEmpty();
  }

  static void compare(RequestGen r, JsonNode py, EnforcementOptions options, Differences found) {
    String input = "signature.inputs: " + r.inputs + "\nsignature.params: " + r.params + "\n"
        + (r.csv ? "CSV:\n" : "body: ") + r.body;
    if (py.has("driver_error")) {
      found.add("driver error", input, py.get("driver_error").asString());
      return;
    }
    ModelSignature sig;
    try {
      sig = SignatureParser.fromStrings(r.inputs, null, r.params);
    } catch (MLModelException e) {
      found.add("signature refused: " + e.code(), input, e.getMessage());
      return;
    }
    boolean safe = !options.mlflowCompatible();
    EnforcedInput ours = null;
    InputException error = null;
    try {
      ours = RequestValidator.validate(sig, new ByteArrayInputStream(r.body.getBytes(StandardCharsets.UTF_8)),
          r.csv ? "text/csv" : "application/json", options);
    } catch (InputException e) {
      error = e;
    } catch (RuntimeException e) {
      found.add("crash: " + e.getClass().getSimpleName(), input, String.valueOf(e));
      return;
    }
    boolean theirsOk = py.get("ok").asBoolean();
    if (ours == null && !theirsOk) {
      String kind = RequestKinds.kindDifference(error, py, safe);
      if (kind != null) {
        found.add(kind, input, "ours: " + error.getMessage() + "\nMLflow: "
            + py.get("error").asString());
      } else {
        found.agree("both refuse, same kind");
      }
      return;
    }
    if (ours == null) {
      found.add(RequestKinds.ourRefusal(r, error, safe), input, "ours: " + error.getMessage());
      return;
    }
    if (!theirsOk) {
      found.add(RequestKinds.mlflowRefusal(r, py, safe), input, "MLflow: " + py.get("error").asString() + "\nours: "
          + RequestValidator.report(ours));
      return;
    }
    JsonNode report = Oracle.JSON.readTree(RequestValidator.report(ours));
    String diff = RequestKinds.valueDifference(r, report, py, safe);
    if (diff != null) {
      found.add(diff, input, "ours:   " + report + "\nMLflow: " + py);
    } else {
      found.agree("both accept, same values");
    }
  }
}
