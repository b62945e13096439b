package io.mlmodel.server;

import static io.mlmodel.server.TestServers.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Params that are not a dictionary: MLflow 2.17.2 checks params only in predict, so its server
 * answers INVALID_PARAMETER_VALUE for a model with a params schema (and ignores them for a model
 * without one), although the core finds them while decoding the request.
 */
class InvocationsParamsTest {
  private static final String JSON = "application/json";

  /** Regression: the server answered BAD_REQUEST, as for every failure of decoding. */
  @Test
  void paramsThatAreNotADictionaryAreAnInvalidParameterValue(@TempDir Path tmp) throws IOException {
    Path model = Files.createDirectories(tmp.resolve("linear_params"));
    for (String f : new String[] {"MLmodel", "model.onnx", "model.onnx.data"}) {
      Files.copy(Path.of(TestServers.linear(), f), model.resolve(f));
    }
    String mlmodel = Files.readString(model.resolve("MLmodel"));
    assertThat(mlmodel).contains("  params: null\n");
    Files.writeString(model.resolve("MLmodel"), mlmodel.replace("  params: null\n",
        "  params: '[{\"name\": \"k\", \"type\": \"long\", \"default\": 3, \"shape\": null}]'\n"));
    String body = "{\"inputs\": [[1, 2, 3]], \"params\": [1, 2]}";
    try (ScoringServer s = ScoringServer.start(TestServers.config().model("p", model.toString()).build())) {
      HttpResponse<String> r = post(s.port(), "/models/p/invocations", JSON, body);
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).isEqualTo("{\"error_code\": \"INVALID_PARAMETER_VALUE\", \"message\": \"Parameters must be a"
          + " dictionary. Got type 'list'.\"}");
      HttpResponse<String> plain = post(s.port(), "/models/linear/invocations", JSON, body);
      assertThat(plain.statusCode()).isEqualTo(200);
      assertThat(plain.body()).isEqualTo("{\"predictions\": {\"y\": [[-0.5, 10.0]]}}");
    }
  }
}
