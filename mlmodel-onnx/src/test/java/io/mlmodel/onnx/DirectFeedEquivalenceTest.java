package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.InputException;
import io.mlmodel.MLModelException;
import io.mlmodel.MLModels;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.Params;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.NumpyDtype;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The direct feed is only a shortcut: for every model, input and params, {@code predict} answers
 * exactly what the full path ({@code Enforce.apply}, {@code Feeds.of}, {@code run}) answers, the
 * same tensors or the same exception. The models are the test models as they are and copies of
 * external_data's graph (one input {@code x}, float32 (batch, 3)) under many signatures.
 */
class DirectFeedEquivalenceTest {
  private static final String F32 = "\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float32\", ";
  private static final String PARAMS = "[{\"name\": \"temperature\", \"type\": \"double\", \"default\": 0.5, "
      + "\"shape\": null}]";

  /** Variant name to {model to copy, signature inputs JSON or null, params JSON or null, type-hint flag YAML}. */
  private static final Map<String, String[]> VARIANTS = new LinkedHashMap<>();
  private static final Map<String, PredictInput> INPUTS = new LinkedHashMap<>();
  private static final Map<String, Params> PARAM_SETS = new LinkedHashMap<>();
  private static final Map<String, OnnxPredictor> OPEN = new ConcurrentHashMap<>();

  @TempDir
  static Path tmp;

  static {
    for (String name : OnnxTestModels.names()) {
      VARIANTS.put("as-is " + name, new String[] {name});
    }
    variant("x no signature", "external_data", null, null, null);
    variant("x named", "external_data", "[{\"name\": \"x\", " + F32 + "\"shape\": [-1, 3]}}]", null, null);
    variant("x aliased", "external_data", "[{\"name\": \"features\", " + F32 + "\"shape\": [-1, 3]}}]", null, null);
    variant("x named ''", "external_data", "[{\"name\": \"\", " + F32 + "\"shape\": [-1, 3]}}]", null, null);
    variant("x named 0", "external_data", "[{\"name\": 0, " + F32 + "\"shape\": [-1, 3]}}]", null, null);
    variant("x named 7", "external_data", "[{\"name\": 7, " + F32 + "\"shape\": [-1, 3]}}]", null, null);
    variant("x unnamed fixed", "external_data", "[{" + F32 + "\"shape\": [2, 3]}}]", null, null);
    variant("x named free", "external_data", "[{\"name\": \"x\", " + F32 + "\"shape\": [-1, -1]}}]", null, null);
    variant("x named 0-d", "external_data", "[{\"name\": \"x\", " + F32 + "\"shape\": []}}]", null, null);
    variant("x named float64", "external_data", "[{\"name\": \"x\", \"type\": \"tensor\", \"tensor-spec\": "
        + "{\"dtype\": \"float64\", \"shape\": [-1, 3]}}]", null, null);
    variant("x named object", "external_data", "[{\"name\": \"x\", \"type\": \"tensor\", \"tensor-spec\": "
        + "{\"dtype\": \"object\", \"shape\": [-1]}}]", null, null);
    variant("x named str", "external_data", "[{\"name\": \"x\", \"type\": \"tensor\", \"tensor-spec\": "
        + "{\"dtype\": \"str\", \"shape\": [-1]}}]", null, null);
    variant("x two specs", "external_data", "[{\"name\": \"x\", " + F32 + "\"shape\": [-1, 3]}}, "
        + "{\"name\": \"y\", " + F32 + "\"shape\": [-1]}}]", null, null);
    variant("x columns", "external_data", "[{\"type\": \"float\", \"name\": \"a\"}, {\"type\": \"float\", "
        + "\"name\": \"b\"}, {\"type\": \"float\", \"name\": \"c\"}]", null, null);
    variant("x params only", "external_data", null, PARAMS, null);
    variant("x named with params", "external_data", "[{\"name\": \"x\", " + F32 + "\"shape\": [-1, 3]}}]", PARAMS,
        null);
    variant("x unnamed with params", "external_data", "[{" + F32 + "\"shape\": [-1, 3]}}]", PARAMS, null);
    variant("x type hint", "external_data", "[{\"name\": \"features\", " + F32 + "\"shape\": [-1, 3]}}]", PARAMS,
        "true");
    variant("x type hint false", "external_data", "[{\"name\": \"x\", " + F32 + "\"shape\": [-1, 3]}}]", null,
        "false");
    variant("x type hint malformed", "external_data", "[{\"name\": \"x\", " + F32 + "\"shape\": [-1, 3]}}]", null,
        "'maybe'");
    variant("x type hint malformed, no signature", "external_data", null, null, "[1]");
    variant("h named", "float16", "[{\"name\": \"h\", \"type\": \"tensor\", \"tensor-spec\": "
        + "{\"dtype\": \"float16\", \"shape\": [-1, 2]}}]", null, null);
    variant("h unnamed float32", "float16", "[{" + F32 + "\"shape\": [-1, 2]}}]", null, null);
    variant("probabilities type hint", "zipmap", "[{" + F32 + "\"shape\": [-1, 3]}}]", null, "true");

    INPUTS.put("f32 2x3", Tensor.ofFloats(new float[] {1, 2, 3, -1, 0.5f, 0}, 2, 3));
    INPUTS.put("f32 1x3", Tensor.ofFloats(new float[] {0.25f, -4, 8}, 1, 3));
    INPUTS.put("f32 0x3", Tensor.ofFloats(new float[0], 0, 3));
    INPUTS.put("f32 2x4", Tensor.ofFloats(new float[8], 2, 4));
    INPUTS.put("f32 2x2", Tensor.ofFloats(new float[] {1, -2, 3.5f, 65504}, 2, 2));
    INPUTS.put("f32 6", Tensor.ofFloats(new float[6], 6));
    INPUTS.put("f32 0-d", Tensor.ofFloats(new float[] {3}));
    INPUTS.put("f32 3000x3", Tensor.ofFloats(ramp(9000), 3000, 3));
    INPUTS.put("f64 2x3", Tensor.ofDoubles(new double[] {1, 2, 3, -1, 0.5, 1e-40}, 2, 3));
    INPUTS.put("i64 2x3", Tensor.ofLongs(new long[] {1, 2, 3, 4, 5, 6}, 2, 3));
    INPUTS.put("i32 3", Tensor.ofInts(new int[] {1, 2, 3}, 3));
    INPUTS.put("bool 3", Tensor.ofBooleans(new boolean[] {true, false, true}, 3));
    INPUTS.put("str 2", Tensor.ofStrings(new String[] {"a", "b"}, 2));
    INPUTS.put("object 2", Tensor.ofObjects(new Object[] {"a", "b"}, 2));
    INPUTS.put("object 2x3", Tensor.ofObjects(new Object[] {1.0, 2.0, 3.0, 4.0, 5.0, 6.0}, 2, 3));
    INPUTS.put("f16 2x2", Tensor.of(NumpyDtype.FLOAT16, new float[] {0.5f, -1.5f, 65504, 0.099975586f}, 2, 2));
    INPUTS.put("f16 2x3", Tensor.of(NumpyDtype.FLOAT16, new float[6], 2, 3));
    Tensor f32 = Tensor.ofFloats(new float[] {1, 2, 3, -1, 0.5f, 0}, 2, 3);
    for (String key : List.of("x", "features", "probabilities", "float_input", "0", "7", "", "y")) {
      INPUTS.put("map " + key + ": f32 2x3", TensorMap.of(key, f32));
    }
    INPUTS.put("map x: f32 2x4", TensorMap.of("x", Tensor.ofFloats(new float[8], 2, 4)));
    INPUTS.put("map x: f64 2x3", TensorMap.of("x", (Tensor) INPUTS.get("f64 2x3")));
    INPUTS.put("map h: f16 2x2", TensorMap.of("h", (Tensor) INPUTS.get("f16 2x2")));
    INPUTS.put("map h: f32 2x2", TensorMap.of("h", (Tensor) INPUTS.get("f32 2x2")));
    INPUTS.put("map x, y", TensorMap.builder().put("x", f32).put("y", f32).build());
    INPUTS.put("map y, x", TensorMap.builder().put("y", Tensor.ofFloats(new float[2], 2)).put("x", f32).build());
    INPUTS.put("map empty", TensorMap.of(Map.of()));
    INPUTS.put("table a, b, c", ColumnTable.builder().addDoubles("a", 1.5, -2).addDoubles("b", 0.25, 4)
        .addLongs("c", 3, -1).build());
    INPUTS.put("table x", ColumnTable.builder().addFloats("x", 1, 2).build());

    PARAM_SETS.put("no params", Params.empty());
    PARAM_SETS.put("temperature 0.25", Params.of(Map.of("temperature", 0.25)));
    PARAM_SETS.put("temperature 'hot'", Params.of(Map.of("temperature", "hot")));
  }

  private static void variant(String name, String model, @Nullable String inputs, @Nullable String params,
      @Nullable String typeHint) {
    StringBuilder y = new StringBuilder("flavors:\n  onnx:\n    data: model.onnx\n");
    if (inputs != null || params != null) {
      y.append("signature:\n  inputs: ").append(inputs == null ? "null" : "'" + inputs + "'")
          .append("\n  outputs: null\n  params: ").append(params == null ? "null" : "'" + params + "'").append('\n');
    }
    if (typeHint != null) {
      y.append("is_signature_from_type_hint: ").append(typeHint).append('\n');
    }
    VARIANTS.put(name, new String[] {model, y.toString()});
  }

  private static float[] ramp(int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = i * 0.5f - 7;
    }
    return v;
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String v : VARIANTS.keySet()) {
      for (String i : INPUTS.keySet()) {
        for (String p : PARAM_SETS.keySet()) {
          out.add(Arguments.of(v, i, p));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} / {1} / {2}")
  @MethodSource("cases")
  void predictAnswersWhatTheFullPathAnswers(String variant, String input, String params) {
    OnnxPredictor p = predictor(variant);
    PredictInput in = INPUTS.get(input);
    Params ps = PARAM_SETS.get(params);
    String full = outcome(() -> fullPath(p, in, ps));
    String predicted = outcome(() -> p.predict(in, ps));
    assertThat(predicted).isEqualTo(full);
  }

  /** The checks above compare something only if the matching inputs really go the short way. */
  @Test
  void theMatchingInputsTakeTheDirectPathAndTheOthersDoNot() {
    Params none = Params.empty();
    assertThat(direct("x named", "f32 2x3", none)).isTrue();
    assertThat(direct("x named", "f32 0x3", none)).isTrue();
    assertThat(direct("x named", "f32 3000x3", none)).isTrue();
    assertThat(direct("x named", "map x: f32 2x3", none)).isTrue();
    assertThat(direct("x named", "f32 2x3", PARAM_SETS.get("temperature 0.25"))).isFalse();
    assertThat(direct("x named with params", "f32 2x3", none)).isTrue();
    assertThat(direct("x aliased", "map features: f32 2x3", none)).isTrue();
    assertThat(direct("x aliased", "map x: f32 2x3", none)).isFalse();
    assertThat(direct("x named 0", "map 0: f32 2x3", none)).isTrue();
    assertThat(direct("x named 7", "f32 1x3", none)).isTrue();
    assertThat(direct("x named ''", "f32 2x3", none)).isFalse();
    assertThat(direct("x named 0-d", "f32 0-d", none)).isTrue();
    assertThat(direct("x named float64", "f64 2x3", none)).isTrue();
    assertThat(direct("x named object", "object 2", none)).isTrue();
    assertThat(direct("x no signature", "f64 2x3", none)).isTrue();
    assertThat(direct("x no signature", "map x: f32 2x3", none)).isTrue();
    assertThat(direct("x type hint", "i64 2x3", none)).isTrue();
    assertThat(direct("x type hint", "map features: f32 2x3", none)).isFalse();
    assertThat(direct("x type hint malformed", "f32 2x3", none)).isFalse();
    assertThat(direct("as-is external_data", "f32 2x3", none)).isTrue();
    assertThat(direct("as-is external_data", "map x: f32 2x3", none)).isFalse();
    assertThat(direct("as-is zipmap", "map probabilities: f32 2x3", none)).isTrue();
    assertThat(direct("h named", "f16 2x2", none)).isTrue();
    assertThat(direct("x two specs", "map x, y", none)).isFalse();
    assertThat(direct("x columns", "f32 2x3", none)).isFalse();
  }

  /**
   * Each thread's scratch starts small: calls of changing sizes make it grow in the middle of a call
   * (after the first input took the kept view) and at its first input, on the direct path and the
   * full one, from several threads at once; every answer must still be computed from its own input.
   */
  @Test
  void theScratchGrowsInTheMiddleOfACallWithoutMixingInputs() throws Exception {
    OnnxPredictor dtypes = predictor("as-is dtypes");
    OnnxPredictor linear = predictor("x named");
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int k = 0; k < 4; k++) {
      int seed = k;
      threads.add(new Thread(() -> {
        try {
          for (int rows : new int[] {200, 0, 1, 2000, 3, 5000, 7, 200}) {
            checkDtypes(dtypes, rows, seed);
            checkLinear(linear, rows, seed);
          }
        } catch (Throwable t) {
          failures.add(t);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failures).isEmpty();
  }

  private static void checkDtypes(OnnxPredictor p, int rows, int seed) {
    float[] f32 = new float[rows * 3];
    double[] f64 = new double[rows * 2];
    long[] i64 = new long[rows];
    int[] i32 = new int[rows];
    boolean[] flag = new boolean[rows];
    for (int r = 0; r < rows; r++) {
      f32[3 * r] = r + seed;
      f32[3 * r + 1] = -r;
      f32[3 * r + 2] = 0.5f * seed;
      f64[2 * r] = r * 0.25;
      f64[2 * r + 1] = seed;
      i64[r] = r * 1_000_000_007L + seed;
      i32[r] = -r - seed;
      flag[r] = (r + seed) % 3 == 0;
    }
    TensorMap out = (TensorMap) p.predict(TensorMap.builder().put("f32", Tensor.ofFloats(f32, rows, 3))
        .put("f64", Tensor.ofDoubles(f64, rows, 2)).put("i64", Tensor.ofLongs(i64, rows))
        .put("i32", Tensor.ofInts(i32, rows)).put("flag", Tensor.ofBooleans(flag, rows)).build());
    float[] twice = out.get("f32_twice").orElseThrow().toFloatArray();
    double[] sum = out.get("f64_sum").orElseThrow().toDoubleArray();
    long[] plus1 = out.get("i64_plus1").orElseThrow().toLongArray();
    int[] neg = out.get("i32_neg").orElseThrow().toIntArray();
    boolean[] not = out.get("flag_not").orElseThrow().toBooleanArray();
    for (int r = 0; r < rows; r++) {
      assertThat(new float[] {twice[3 * r], twice[3 * r + 1], twice[3 * r + 2]}).as("row %d", r)
          .containsExactly(2 * f32[3 * r], 2 * f32[3 * r + 1], 2 * f32[3 * r + 2]);
      assertThat(sum[r]).isEqualTo(f64[2 * r] + f64[2 * r + 1]);
      assertThat(plus1[r]).isEqualTo(i64[r] + 1);
      assertThat(neg[r]).isEqualTo(-i32[r]);
      assertThat(not[r]).isEqualTo(!flag[r]);
    }
  }

  /** external_data's answer for rows that depend on the thread ({@code seed}). */
  private static void checkLinear(OnnxPredictor p, int rows, int seed) {
    float[] x = new float[rows * 3];
    for (int r = 0; r < rows; r++) {
      x[3 * r] = r % 17 + seed;
      x[3 * r + 1] = 2 * seed;
      x[3 * r + 2] = -(r % 5);
    }
    OnnxTestModels.assertExternalDataLinear(x, rows, p.predict(Tensor.ofFloats(x, rows, 3)));
  }

  private static boolean direct(String variant, String input, Params params) {
    try {
      Field f = OnnxPredictor.class.getDeclaredField("directFeed");
      f.setAccessible(true);
      DirectFeed feed = (DirectFeed) f.get(predictor(variant));
      return feed != null && feed.accept(INPUTS.get(input), params) != null;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** What predict does, step by step, without the shortcut. */
  private static PredictOutput fullPath(OnnxPredictor p, PredictInput in, Params params) {
    boolean typeHint = p.model().isSignatureFromTypeHint().orElse(false);
    PredictInput enforced = Enforce.apply(typeHint, p.signature(), in, params, EnforcementOptions.defaults()).input();
    Map<String, Tensor> feed = Feeds.of(enforced, p.inputNames(), SignatureNames.aliases(p.signature(), p.inputNames()));
    TensorMap out = p.run(feed);
    return enforced instanceof ColumnTable ? Tables.fromOutputs(out.tensors()) : out;
  }

  private static OnnxPredictor predictor(String variant) {
    return OPEN.computeIfAbsent(variant, v -> {
      String[] spec = VARIANTS.get(v);
      if (spec.length == 1) {
        return OnnxPredictorTest.open(spec[0]);
      }
      try {
        Path dir = Files.createDirectory(tmp.resolve("m" + OPEN.size() + "-" + spec[0]));
        try (Stream<Path> files = Files.list(OnnxTestModels.DIR.resolve(spec[0]))) {
          for (Path f : files.filter(f -> f.getFileName().toString().startsWith("model.onnx")).toList()) {
            Files.copy(f, dir.resolve(f.getFileName()));
          }
        }
        Files.writeString(dir.resolve("MLmodel"), spec[1]);
        return Predictors.resolve(MLModels.read(dir), OnnxPredictor.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @AfterAll
  static void closeAll() {
    OPEN.values().forEach(OnnxPredictor::close);
    OPEN.clear();
  }

  /** Every dtype, shape and value of an answer, or the exception's class, code, field and message. */
  private static String outcome(Supplier<PredictOutput> call) {
    PredictOutput out;
    try {
      out = call.get();
    } catch (RuntimeException e) {
      String code = e instanceof MLModelException m ? " [" + m.code() + "]" : "";
      String field = e instanceof InputException i ? " field=" + i.field().orElse(null) : "";
      return e.getClass().getName() + code + field + ": " + e.getMessage();
    }
    StringBuilder s = new StringBuilder(out.getClass().getSimpleName());
    if (out instanceof TensorMap m) {
      m.tensors().forEach((name, t) -> {
        s.append("\n").append(name).append(' ').append(t.dtype()).append(' ').append(Arrays.toString(t.shape()));
        for (int i = 0; i < t.size(); i++) {
          s.append(' ').append(value(t.getObject(i)));
        }
      });
    } else if (out instanceof ColumnTable table) {
      for (Column c : table.columns()) {
        s.append("\n").append(c.name()).append(' ').append(c.dtypeName()).append(' ').append(c.size());
        for (int r = 0; r < c.size(); r++) {
          s.append(' ').append(value(c.getObject(r)));
        }
      }
    } else {
      s.append(' ').append(out);
    }
    return s.toString();
  }

  private static String value(@Nullable Object v) {
    if (v instanceof Float f) {
      return "f" + Integer.toHexString(Float.floatToRawIntBits(f));
    }
    if (v instanceof Double d) {
      return "d" + Long.toHexString(Double.doubleToRawLongBits(d));
    }
    if (v instanceof byte[] b) {
      return Arrays.toString(b);
    }
    return v == null ? "None" : v.getClass().getSimpleName() + ":" + v;
  }
}
