package io.mlmodel.testing;

import io.mlmodel.MLModels;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.Params;
import io.mlmodel.model.MLModel;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.request.Predictions;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.request.ScoringRequests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A golden test of a model folder: runs a request through the folder's predictor and compares the
 * response with a stored expected response, cell by cell within a tolerance, reporting every
 * mismatching cell (as JPMML's testing module does for PMML documents).
 *
 * <pre>{@code
 * GoldenCheck.of(Path.of("models/churn"))
 *     .expected(Path.of("src/test/resources/churn/expected.json"))
 *     .tolerance(1e-6)
 *     .verify();
 * }</pre>
 *
 * <p>The request is the folder's saved serving input example ({@code serving_input_example.json}),
 * else its input example wrapped as MLflow wraps it ({@code {"inputs": ...}} for arrays and JSON
 * objects, {@code {"dataframe_split": ...}} for split data frames, {@code {"dataframe_records":
 * ...}} for record lists), or a request file given with {@link #request(Path)} (JSON, or CSV when
 * the name ends in {@code .csv}). The response is what MLflow's scoring server answers, {@code
 * {"predictions": ...}}; the expected file holds that whole response, or only its {@code
 * predictions} value. The predictor comes from the service-loaded predictor loaders.
 *
 * <p>Not thread-safe (a builder); each {@link #run()} loads and closes its own predictor. Errors
 * loading the model or decoding the request propagate as the library's exceptions.
 */
public final class GoldenCheck {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private final Path folder;
  private @Nullable Path request;
  private @Nullable Path expected;
  private double absolute = 1e-6;
  private double relative = 0;

  private GoldenCheck(Path folder) {
    this.folder = folder;
  }

  /**
   * A check of the model folder {@code folder}.
   *
   * @param folder the model folder; it is read when the check runs
   * @return a check with the default tolerance and the folder's saved input example as request
   */
  public static GoldenCheck of(Path folder) {
    return new GoldenCheck(Objects.requireNonNull(folder, "folder"));
  }

  /**
   * Sends this request file instead of the folder's saved example.
   *
   * @param file a scoring request in any format MLflow's server accepts
   * @return this check
   */
  public GoldenCheck request(Path file) {
    this.request = Objects.requireNonNull(file, "file");
    return this;
  }

  /**
   * The stored expected response.
   *
   * @param file a JSON file: the whole response, or only its {@code predictions} value
   * @return this check
   */
  public GoldenCheck expected(Path file) {
    this.expected = Objects.requireNonNull(file, "file");
    return this;
  }

  /**
   * Numbers match when they differ by at most {@code absolute} (default 1e-6).
   *
   * @param absolute the largest difference accepted between two numbers
   * @return this check
   */
  public GoldenCheck tolerance(double absolute) {
    return tolerance(absolute, 0);
  }

  /**
   * Numbers match when {@code |actual - expected| <= absolute + relative * |expected|}.
   *
   * @param absolute the difference accepted whatever the size of the expected number
   * @param relative the difference accepted per unit of the expected number's magnitude
   * @return this check
   */
  public GoldenCheck tolerance(double absolute, double relative) {
    if (!(absolute >= 0) || !(relative >= 0)) {
      throw new IllegalArgumentException("tolerances must be zero or positive: " + absolute + ", " + relative);
    }
    this.absolute = absolute;
    this.relative = relative;
    return this;
  }

  /**
   * Runs the request and compares; the result lists every mismatching cell.
   *
   * @return the comparison; check {@link GoldenResult#passed()}, or call {@link #verify()} to fail the test instead
   */
  public GoldenResult run() {
    if (expected == null) {
      throw new IllegalStateException("no expected response: call expected(Path) first");
    }
    JsonNode want = JSON.readTree(read(expected));
    JsonNode got = JSON.readTree(respond());
    if (!(want.isObject() && want.has("predictions") && want.size() == 1)) {
      got = got.get("predictions");
    }
    List<Mismatch> mismatches = JsonCells.compare(want, got, absolute, relative);
    return new GoldenResult(folder, requestName(), expected, got.toString(), GoldenResult.cells(want), mismatches,
        absolute, relative);
  }

  /**
   * Runs the check and fails with an {@link AssertionError} listing every mismatching cell.
   *
   * @return the result, which passed
   * @throws AssertionError when a cell differs beyond the tolerance, with {@link GoldenResult#report()} as message
   */
  public GoldenResult verify() {
    GoldenResult result = run();
    if (!result.passed()) {
      throw new AssertionError(result.report());
    }
    return result;
  }

  /**
   * The response the model gives now, as MLflow's scoring server would send it.
   *
   * @return the response body as JSON text, {@code {"predictions": ...}}
   */
  public String respond() {
    MLModel model = MLModels.read(folder);
    ScoringRequest req = decode(model);
    try (Predictor predictor = Predictors.resolve(model)) {
      PredictOutput out = predictor.predict(req.input(), Params.of(req.params()));
      return Predictions.toJson(out);
    }
  }

  private ScoringRequest decode(MLModel model) {
    byte[] body;
    String type = "application/json";
    if (request != null) {
      body = read(request).getBytes(StandardCharsets.UTF_8);
      if (request.getFileName().toString().endsWith(".csv")) {
        type = "text/csv";
      }
    } else {
      body = SavedExample.request(model).getBytes(StandardCharsets.UTF_8);
    }
    return ScoringRequests.decode(new ByteArrayInputStream(body), type, model.signature().orElse(null),
        EnforcementOptions.defaults());
  }

  private String requestName() {
    return request != null ? request.toString() : "the saved input example";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
