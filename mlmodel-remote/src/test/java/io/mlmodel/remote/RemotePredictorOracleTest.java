package io.mlmodel.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.InputException;
import io.mlmodel.MLModels;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.Params;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The remote predictor against real MLflow 2.17.2 scoring servers (one managed server per fixture,
 * started together once), compared with {@code mlflow.pyfunc.load_model(dir).predict} on the same
 * inputs, built in Python by the oracle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePredictorOracleTest {
  static final List<String> FIXTURES = List.of("sklearn_columns", "sklearn_tensor", "pyfunc_params", "pyfunc_tensor_dict",
      "pyfunc_all_column_types", "pyfunc_hand_tensor_spec");

  final Map<String, RemotePredictor> servers = new LinkedHashMap<>();
  Oracle oracle;

  @BeforeAll
  void start() throws Exception {
    List<String> mlflow = Oracle.mlflow();
    ExecutorService pool = Executors.newFixedThreadPool(FIXTURES.size());
    try {
      Map<String, Future<RemotePredictor>> starting = new LinkedHashMap<>();
      for (String f : FIXTURES) {
        starting.put(f, pool.submit(() -> RemotePredictor.serve(MLModels.read(Oracle.fixture(f)), mlflow,
            RemoteOptions.defaults())));
      }
      oracle = Oracle.start();
      for (var e : starting.entrySet()) {
        servers.put(e.getKey(), e.getValue().get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @AfterAll
  void stop() {
    servers.values().parallelStream().forEach(RemotePredictor::close);
    if (oracle != null) {
      oracle.close();
    }
  }

  record Case(String name, String fixture, PredictInput input, String python, Map<String, Object> params) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    LocalDateTime d1 = LocalDateTime.of(2021, 1, 1, 0, 0);
    LocalDateTime d2 = LocalDateTime.of(2021, 2, 15, 0, 0);
    LocalDateTime d3 = LocalDateTime.of(2021, 3, 31, 12, 30, 5);
    return Stream.of(
        new Case("sklearn pipeline on a typed table", "sklearn_columns", ColumnTable.builder()
            .addStrings("color", "red", "green", "blue").addBooleans("is_member", true, false, true)
            .addLongs("visits", 3, 1, 4).addDoubles("spend", 10.5, 3.25, 7.0).addDateTimes("signup", d1, d2, d3).build(),
            "pd.DataFrame({'color': ['red', 'green', 'blue'], 'is_member': [True, False, True],"
                + " 'visits': np.array([3, 1, 4], dtype='int64'), 'spend': [10.5, 3.25, 7.0],"
                + " 'signup': pd.to_datetime(['2021-01-01', '2021-02-15', '2021-03-31T12:30:05'])})", Map.of()),
        new Case("columns out of order, int32 for long, an extra column", "sklearn_columns", ColumnTable.builder()
            .addDoubles("spend", 0.0, 99.5).addInts("visits", 0, 12).addStrings("extra", "a", "b")
            .addDateTimes("signup", d3, d1).addBooleans("is_member", false, false).addStrings("color", "blue", "red")
            .build(),
            "pd.DataFrame({'spend': [0.0, 99.5], 'visits': np.array([0, 12], dtype='int32'), 'extra': ['a', 'b'],"
                + " 'signup': pd.to_datetime(['2021-03-31T12:30:05', '2021-01-01']), 'is_member': [False, False],"
                + " 'color': ['blue', 'red']})", Map.of()),
        new Case("sklearn linear model on a float32 matrix", "sklearn_tensor",
            Tensor.ofFloats(new float[] {0.125f, -0.5f, 0.75f, 0.1f, 1f, 2f, 3f, 4f, -1e-3f, 0f, 1e6f, 2.5f}, 3, 4),
            "np.array([[0.125, -0.5, 0.75, 0.1], [1, 2, 3, 4], [-1e-3, 0, 1e6, 2.5]], dtype=np.float32)", Map.of()),
        new Case("sklearn linear model on one row", "sklearn_tensor",
            Tensor.ofFloats(new float[] {1, 2, 3, 4}, 1, 4), "np.array([[1, 2, 3, 4]], dtype=np.float32)", Map.of()),
        new Case("pyfunc with default params", "pyfunc_params",
            ColumnTable.builder().addDoubles("x", 1.0, 2.5, -3.0).addStrings("text", "a", "b", "c").build(),
            "pd.DataFrame({'x': [1.0, 2.5, -3.0], 'text': ['a', 'b', 'c']})", Map.of()),
        new Case("pyfunc with params given", "pyfunc_params",
            ColumnTable.builder().addDoubles("x", 1.0, 2.5).addStrings("text", "a", "b").build(),
            "pd.DataFrame({'x': [1.0, 2.5], 'text': ['a', 'b']})",
            Map.of("temperature", 0.25, "prefix", "q-", "max_tokens", 3, "stop", List.of("x", "y"),
                "as_of", "2025-06-07T08:09:10", "verbose", true)),
        new Case("pyfunc on named tensors", "pyfunc_tensor_dict",
            TensorMap.builder().put("x", Tensor.ofFloats(new float[] {1, 2, 3, 4, 5, 6}, 2, 3))
                .put("mask", Tensor.ofBooleans(new boolean[] {true, false}, 2)).build(),
            "{'x': np.array([[1, 2, 3], [4, 5, 6]], dtype=np.float32), 'mask': np.array([True, False])}", Map.of()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void predictionsEqualMlflowsOwn(Case c) {
    PredictOutput got = servers.get(c.fixture).predict(c.input, Params.of(c.params));
    Expect.same(got, oracle.predict(Oracle.fixture(c.fixture), c.python, c.params));
  }

  @Test
  void aLargeBatchInChunksEqualsOneRequestAndMlflow() {
    int rows = 2_000;
    float[] data = new float[rows * 4];
    StringBuilder py = new StringBuilder("np.array([");
    for (int i = 0; i < data.length; i++) {
      data[i] = (i % 97) / 8f - 3;
      py.append(i % 4 == 0 ? "[" : "").append(data[i]).append(i % 4 == 3 ? "]," : ",");
    }
    py.append("], dtype=np.float32)");
    Tensor in = Tensor.ofFloats(data, rows, 4);
    RemotePredictor whole = servers.get("sklearn_tensor");
    try (RemotePredictor chunked = RemotePredictor.connect(whole.model(), whole.endpoint(),
        RemoteOptions.builder().chunkRows(300).build())) {
      PredictOutput a = chunked.predict(in);
      assertThat(a).isEqualTo(whole.predict(in));
      Expect.same(a, oracle.predict(Oracle.fixture("sklearn_tensor"), py.toString(), Map.of()));
    }
  }

  /**
   * pyfunc_all_column_types returns its input DataFrame, so its answer shows what the server's
   * DataFrame received from our encoding: every scalar type, optional columns absent and present.
   * The signature declares only {@code s} and {@code i64} as outputs; the other columns come back
   * as JSON types (int32 as int64, float32 as float64, bytes as base64 text, datetimes as text),
   * the values unchanged.
   */
  @Test
  @SuppressWarnings("unchecked")
  void everyScalarColumnTypeArrivesIntactAndDeclaredOutputsAreTyped() {
    LocalDateTime t1 = LocalDateTime.of(2020, 5, 17, 12, 30);
    LocalDateTime t2 = LocalDateTime.of(1999, 12, 31, 23, 59, 59, 123_456_000);
    ColumnTable in = ColumnTable.builder().addBooleans("b", true, false).addInts("i32", 1, -2).addLongs("i64", 3, 4)
        .addFloats("f32", 0.1f, 1.5f).addDoubles("f64", 2.25, Double.NaN).addStrings("s", "x", "y\u00e9")
        .addBinary("raw", new byte[] {0, 1}, "hi".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .addDateTimes("ts", t1, t2).addStrings("comment", "first", null).build();
    String py = "pd.DataFrame({'b': [True, False], 'i32': np.array([1, -2], dtype='int32'), 'i64': np.array([3, 4]),"
        + " 'f32': np.array([0.1, 1.5], dtype='float32'), 'f64': [2.25, float('nan')], 's': ['x', 'y\u00e9'],"
        + " 'raw': [b'\\x00\\x01', b'hi'], 'ts': pd.to_datetime(['2020-05-17T12:30:00', '1999-12-31T23:59:59.123456']),"
        + " 'comment': ['first', None]})";
    ColumnTable got = (ColumnTable) servers.get("pyfunc_all_column_types").predict(in);
    Map<String, Object> want = oracle.predict(Oracle.fixture("pyfunc_all_column_types"), py, Map.of());
    List<Map<String, Object>> cols = (List<Map<String, Object>>) want.get("columns");
    assertThat(got.names()).containsExactlyElementsOf(cols.stream().map(c -> (String) c.get("name")).toList());
    List<Map<String, Object>> declared = cols.stream().filter(c -> List.of("s", "i64").contains(c.get("name"))).toList();
    Expect.same(ColumnTable.of(declared.stream().map(c -> got.column((String) c.get("name")).orElseThrow()).toList()),
        Map.of("kind", "table", "columns", declared));
    for (Map<String, Object> c : cols) {
      String name = (String) c.get("name");
      List<Object> values = (List<Object>) c.get("values");
      for (int i = 0; i < values.size(); i++) {
        Object g = got.column(name).orElseThrow().getObject(i);
        Object w = values.get(i);
        if (name.equals("raw")) {
          assertThat(java.util.Base64.getMimeDecoder().decode((String) g))
              .isEqualTo(java.util.Base64.getDecoder().decode((String) w));
        } else if (name.equals("ts")) {
          assertThat(LocalDateTime.parse((String) g)).isEqualTo(LocalDateTime.parse((String) w));
        } else {
          Expect.sameValue(g, w, name + "[" + i + "]");
        }
      }
    }
  }

  /**
   * pyfunc_hand_tensor_spec returns its dict of tensors, so its answer shows what the server's
   * arrays received: a 4-d uint8 tensor (values above 127), int32, float64 and object strings, with
   * params. Its signature declares only a {@code logits} output, so the dtypes come back as JSON's
   * (int64, float64, str); shapes and values must be MLflow's.
   */
  @Test
  @SuppressWarnings("unchecked")
  void namedTensorsOfEveryKindArriveIntact() {
    byte[] image = new byte[24];
    for (int i = 0; i < 24; i++) {
      image[i] = (byte) (i * 10);
    }
    TensorMap in = TensorMap.builder()
        .put("image", Tensor.of(io.mlmodel.signature.NumpyDtype.UINT8, image, 2, 2, 2, 3))
        .put("ids", Tensor.ofInts(new int[] {1, 2}, 2, 1))
        .put("weights", Tensor.ofDoubles(new double[] {0.5, 1.5}, 2))
        .put("names", Tensor.ofObjects(new Object[] {"a", "b"}, 2)).build();
    String py = "{'image': (np.arange(24) * 10).astype(np.uint8).reshape(2, 2, 2, 3), 'ids': np.array([[1], [2]],"
        + " dtype=np.int32), 'weights': np.array([0.5, 1.5]), 'names': np.array(['a', 'b'], dtype=object)}";
    Map<String, Object> params = Map.of("top_k", 3, "labels", List.of("x", "y"));
    TensorMap got = (TensorMap) servers.get("pyfunc_hand_tensor_spec").predict(in, Params.of(params));
    Map<String, Object> want = oracle.predict(Oracle.fixture("pyfunc_hand_tensor_spec"), py, params);
    Map<String, Map<String, Object>> tensors = (Map<String, Map<String, Object>>) want.get("tensors");
    assertThat(got.names()).containsExactlyElementsOf(tensors.keySet());
    tensors.forEach((name, t) -> {
      Tensor g = got.get(name).orElseThrow();
      assertThat(g.shape()).as(name).containsExactly(((List<Number>) t.get("shape")).stream()
          .mapToLong(Number::longValue).toArray());
      List<Object> values = (List<Object>) t.get("values");
      for (int i = 0; i < values.size(); i++) {
        Expect.sameValue(g.getObject(i), values.get(i), name + "[" + i + "]");
      }
    });
  }

  @Test
  void theServersOwnSchemaErrorIsAnInputExceptionWithItsMessage() {
    // no signature here, so nothing is enforced locally: the server's enforcement answers 400
    var unsigned = MLModels.read(Oracle.fixture("sklearn_metadata_nosig"));
    try (RemotePredictor p = RemotePredictor.connect(unsigned, servers.get("sklearn_columns").endpoint(),
        RemoteOptions.defaults())) {
      assertThatThrownBy(() -> p.predict(ColumnTable.builder().addStrings("color", "x").build()))
          .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.code()).isEqualTo("schema-mismatch"))
          .hasMessageStartingWith("<input>: POST " + p.endpoint() + " answered HTTP 400: INVALID_PARAMETER_VALUE:"
              + " Failed to predict data")
          .hasMessageContaining("Model is missing inputs ['is_member', 'visits', 'spend', 'signup'].");
    }
  }

  @Test
  void anUnknownRouteIsRejected() {
    RemotePredictor server = servers.get("sklearn_tensor");
    URI wrong = server.endpoint().resolve("/predict");
    try (RemotePredictor p = RemotePredictor.connect(server.model(), wrong, RemoteOptions.defaults())) {
      assertThatThrownBy(() -> p.predict(Tensor.ofFloats(new float[] {1, 2, 3, 4}, 1, 4)))
          .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.code()).isEqualTo("rejected"))
          .hasMessageContaining("POST " + wrong + " answered HTTP 404: ");
    }
  }

  @Test
  void badInputFailsHereWithMlflowsMessage() {
    RemotePredictor p = servers.get("sklearn_tensor");
    assertThatThrownBy(() -> p.predict(Tensor.ofFloats(new float[] {1, 2, 3}, 1, 3)))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.code()).isEqualTo("schema-mismatch"))
        .hasMessage("<input>: Shape of input (1, 3) does not match expected shape (-1, 4).");
  }
}
