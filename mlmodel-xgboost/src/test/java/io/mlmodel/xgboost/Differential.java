package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ml.dmlc.xgboost4j.java.XGBoostError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the same rows through a booster's native call and its Java tree walk (each route forced)
 * and asserts the answers equal. The rows are drawn to hit every edge of the walk: each split
 * condition exactly and its float neighbours ({@code Math.nextUp/nextDown}), NaN, ±Infinity, the
 * configured {@code missing} value, ±0, and huge magnitudes. The conditions come from the model the
 * runtime exports, read here with Jackson, not through the code under test.
 */
final class Differential {
  private Differential() {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Every combination of output kind, {@code missing} and iteration range, on 240 seeded rows. */
  static void assertWalkEqualsRuntime(GuardedBooster g, long seed) throws XGBoostError {
    JsonNode model = JSON.readTree(g.booster().toByteArray("json")).path("learner");
    int cols = Integer.parseInt(model.path("learner_model_param").path("num_feature").asString());
    String objective = model.path("objective").path("name").asString();
    JsonNode gbtree = model.path("gradient_booster").path("model");
    int rounds = gbtree.path("iteration_indptr").size() - 1;
    List<List<Float>> conditions = conditions(gbtree, cols);
    float someCondition = conditions.stream().flatMap(List::stream).findFirst().orElse(1.5f);
    int[][] ranges = {{0, 0}, {0, 1}, {1, Math.min(3, rounds)}, {rounds - 1, rounds}, {0, rounds}, {1, 1}};
    Random rnd = new Random(seed);
    int rows = 240;
    try {
      for (float missing : new float[] {Float.NaN, someCondition}) {
        float[] data = rows(rnd, rows, cols, conditions, missing);
        for (int[] range : ranges) {
          for (boolean margin : new boolean[] {true, false}) {
            g.route(GuardedBooster.Route.NATIVE);
            float[][] want = g.predict(data, rows, cols, missing, range, margin);
            g.route(GuardedBooster.Route.JAVA);
            assertThat(g.runsInJava(rows, cols, range)).isTrue();
            float[][] got = g.predict(data, rows, cols, missing, range, margin);
            assertSame(want, got, margin ? "margin" : objective, "missing " + missing + ", range " + range[0] + ".."
                + range[1] + ", " + (margin ? "margin" : "value"));
          }
        }
      }
    } finally {
      g.route(GuardedBooster.Route.AUTO);
    }
  }

  /**
   * Bit for bit, but for values that pass through {@code expf} (sigmoid, exp, softmax), where 1 ulp
   * of float32 is allowed: XGBoost calls the C library's {@code expf} (here glibc's, whose x86-64 FMA
   * variant is bounded by 0.502 ulp, so not always correctly rounded), the walk rounds {@code
   * Math.exp}'s double to float, and an exponential within a hair of a float32 midpoint lands on
   * neighbouring floats. Margins involve no {@code expf}: sums of float32 leaves in the same order.
   */
  static void assertSame(float[][] want, float[][] got, String transform, String what) {
    boolean exp = switch (transform) {
      case "margin" -> false;
      default -> Objective.of(transform).map(o -> o == Objective.LOGISTIC || o == Objective.EXP
          || o == Objective.SOFTPROB).orElse(false);
    };
    assertThat(got.length).as(what).isEqualTo(want.length);
    for (int r = 0; r < want.length; r++) {
      assertThat(got[r].length).as(what).isEqualTo(want[r].length);
      for (int c = 0; c < want[r].length; c++) {
        int a = Float.floatToRawIntBits(want[r][c]);
        int b = Float.floatToRawIntBits(got[r][c]);
        if (Float.isNaN(want[r][c]) && Float.isNaN(got[r][c])) {
          continue;  // a NaN's sign and payload are the platform's, not an answer
        }
        if (exp && a != b && !Float.isNaN(want[r][c])) {
          assertThat(Math.abs(a - b)).as("%s row %d value %d: %s against %s", what, r, c, got[r][c], want[r][c])
              .isLessThanOrEqualTo(1);
        } else {
          assertThat(got[r][c]).as("%s row %d value %d", what, r, c).isEqualTo(want[r][c]);
          assertThat(b).as("%s row %d value %d bits", what, r, c).isEqualTo(a);
        }
      }
    }
  }

  private static List<List<Float>> conditions(JsonNode gbtree, int cols) {
    List<List<Float>> byFeature = new ArrayList<>();
    for (int f = 0; f < cols; f++) {
      byFeature.add(new ArrayList<>());
    }
    for (JsonNode tree : gbtree.path("trees")) {
      for (int i = 0; i < tree.path("left_children").size(); i++) {
        if (tree.path("left_children").get(i).asInt() != -1) {
          byFeature.get(tree.path("split_indices").get(i).asInt())
              .add((float) tree.path("split_conditions").get(i).doubleValue());
        }
      }
    }
    return byFeature;
  }

  static float[] rows(Random rnd, int rows, int cols, List<List<Float>> conditions, float missing) {
    float[] data = new float[rows * cols];
    for (int i = 0; i < data.length; i++) {
      List<Float> cs = conditions.get(i % cols);
      float c = cs.isEmpty() ? (float) rnd.nextGaussian() : cs.get(rnd.nextInt(cs.size()));
      data[i] = switch (rnd.nextInt(14)) {
        case 0 -> Float.NaN;
        case 1 -> Float.POSITIVE_INFINITY;
        case 2 -> Float.NEGATIVE_INFINITY;
        case 3, 4 -> c;
        case 5 -> Math.nextUp(c);
        case 6 -> Math.nextDown(c);
        case 7 -> missing;
        case 8 -> rnd.nextBoolean() ? Float.MAX_VALUE : -1e30f;
        case 9 -> rnd.nextBoolean() ? 0.0f : -0.0f;
        default -> c + (float) rnd.nextGaussian() * Math.max(1f, Math.abs(c));
      };
    }
    return data;
  }
}
