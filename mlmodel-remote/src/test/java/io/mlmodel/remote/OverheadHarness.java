package io.mlmodel.remote;

import io.mlmodel.MLModels;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.Params;
import io.mlmodel.model.MLModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The client's overhead over the scoring server's own time (docs/performance.md, "The remote predictor"): one managed MLflow
 * server for fixtures-mlflow/sklearn_tensor; at batch 1 and 10,000, alternately, (a) the request
 * body encoded once and POSTed by a bare HttpClient, the answer read as bytes and not decoded: the
 * server's time as a client sees it; (b) {@code RemotePredictor.predict} on the typed tensor:
 * enforcement, encoding, HTTP, decoding; (c) the client's own steps without the network, on a
 * recorded answer. Not a test: run it by hand.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.mlmodel.remote.OverheadHarness ../../shared
 * </pre>
 */
public final class OverheadHarness {
  private OverheadHarness() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../../shared").toAbsolutePath().normalize();
    MLModel model = MLModels.read(shared.resolve("fixtures-mlflow/sklearn_tensor"));
    List<String> mlflow = List.of(Path.of(System.getProperty("user.home"), ".cache/mlflow-oracle/bin/mlflow").toString());
    try (RemotePredictor p = RemotePredictor.serve(model, mlflow, RemoteOptions.defaults())) {
      System.out.println("| batch | server, bare POST (a) median | RemotePredictor.predict (b) median | (b) / (a) |"
          + " overhead (b) - (a) | client steps alone (c) median | runs |");
      System.out.println("|---|---|---|---|---|---|---|");
      run(p, 1, 300, 30);
      run(p, 10_000, 30, 5);
    }
  }

  private static void run(RemotePredictor p, int rows, int runs, int warmup) throws Exception {
    float[] data = new float[rows * 4];
    for (int i = 0; i < data.length; i++) {
      data[i] = (i % 89) / 7f - 5;
    }
    Tensor in = Tensor.ofFloats(data, rows, 4);
    byte[] body = RequestWriter.write(in, Params.empty(), 0, -1);
    HttpClient bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI uri = p.endpoint();
    HttpRequest req = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    byte[] answer = bare.send(req, HttpResponse.BodyHandlers.ofByteArray()).body();
    long[] a = new long[runs];
    long[] b = new long[runs];
    long[] c = new long[runs];
    Failures f = new Failures(io.mlmodel.Location.UNKNOWN, uri);
    var outputs = p.model().signature().orElseThrow().outputs().orElseThrow();
    for (int i = -warmup; i < runs; i++) {
      long t0 = System.nanoTime();
      byte[] got = bare.send(req, HttpResponse.BodyHandlers.ofByteArray()).body();
      long t1 = System.nanoTime();
      PredictOutput out = p.predict(in);
      long t2 = System.nanoTime();
      var enforced = io.mlmodel.enforce.Enforcement.enforce(in, java.util.Map.of(), p.model().signature().orElseThrow(),
          io.mlmodel.enforce.EnforcementOptions.defaults());
      RequestWriter.write(enforced.input(), enforced.params(), 0, -1);
      PredictOutput local = OutputDecoder.decode(ResponseReader.predictions(answer, f), outputs);
      long t3 = System.nanoTime();
      if (got.length != answer.length || !out.equals(local)) {
        throw new AssertionError("answers differ");
      }
      if (i >= 0) {
        a[i] = t1 - t0;
        b[i] = t2 - t1;
        c[i] = t3 - t2;
      }
    }
    double ma = median(a);
    double mb = median(b);
    System.out.printf("| %,d | %.2f ms | %.2f ms | %.3f | %.2f ms | %.2f ms | %d |%n", rows, ma, mb, mb / ma, mb - ma,
        median(c), runs);
  }

  private static double median(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2] / 1e6;
  }
}
