package io.mlmodel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result file ({@code -rf json -rff FILE}) into the markdown table of
 * docs/performance.md ("Results (JMH)"), with the median of every measured iteration beside JMH's
 * mean. On a shared machine a few iterations run while something else holds the CPU; they drag the
 * mean and widen its interval, while the median stays with the undisturbed majority. Pairs given as
 * {@code SLOW/FAST} (short benchmark names, e.g. {@code typedReadCorpus/composeFloorCorpus}) are
 * printed as cost ratios of their medians, for every parameter set the two share.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.mlmodel.bench.Summary results.json predictorWrapped/bareSession
 * </pre>
 */
public final class Summary {
  private Summary() {}

  record Row(String name, String params, String mode, String unit, double median, double mean, double error,
      double min, double max, int n, String allocated) {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: Summary RESULTS.json [SLOW/FAST ...]");
      System.exit(2);
    }
    JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
    Map<String, Row> rows = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String full = r.get("benchmark").asString();
      String name = full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1);
      Map<String, String> params = new TreeMap<>();
      JsonNode p = r.get("params");
      if (p != null) {
        p.properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
      }
      JsonNode m = r.get("primaryMetric");
      List<Double> raw = new ArrayList<>();
      m.get("rawData").forEach(fork -> fork.forEach(v -> raw.add(v.asDouble())));
      double[] v = raw.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      String ps = params.isEmpty() ? "" : params.toString();
      // With -prof gc, JMH adds the bytes allocated per operation.
      JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
      String allocated = alloc.isMissingNode() ? "" : num(dbl(alloc.get("score")));
      rows.put(name + ps, new Row(name, ps, r.get("mode").asString(), m.get("scoreUnit").asString(), median(v),
          dbl(m.get("score")), dbl(m.get("scoreError")), v[0], v[v.length - 1], v.length, allocated));
    }
    System.out.println("| benchmark | params | median | mean ± 99.9% | min – max | iterations | unit | allocated B/op |");
    System.out.println("|---|---|---:|---:|---:|---:|---|---:|");
    for (Row r : rows.values()) {
      System.out.printf(Locale.ROOT, "| `%s` | %s | %s | %s ± %s | %s – %s | %d | %s | %s |%n", r.name(), r.params(),
          num(r.median()), num(r.mean()), num(r.error()), num(r.min()), num(r.max()), r.n(), r.unit(), r.allocated());
    }
    for (String pair : Arrays.copyOfRange(args, 1, args.length)) {
      String[] ab = pair.split("/", 2);
      if (ab.length != 2) {
        System.err.println("not a SLOW/FAST pair: " + pair);
        continue;
      }
      boolean matched = false;
      for (Row slow : rows.values()) {
        String fastName = slow.name().substring(0, slow.name().length() - ab[0].length()) + ab[1];
        Row fast = slow.name().endsWith("." + ab[0]) ? rows.get(fastName + slow.params()) : null;
        if (fast == null || !fast.unit().equals(slow.unit())) {
          continue;
        }
        matched = true;
        // Throughput scores are operations per time: the cost ratio is their inverse.
        double ratio = slow.mode().equals("thrpt") ? fast.median() / slow.median() : slow.median() / fast.median();
        System.out.printf(Locale.ROOT, "%s%s costs %.3f× %s (medians)%n", slow.name(), slow.params(), ratio, ab[1]);
      }
      if (!matched) {
        System.err.println("no results for both sides of " + pair);
      }
    }
  }

  /** JMH writes an undefined interval (a single iteration) as the string "NaN". */
  private static double dbl(JsonNode n) {
    return n.isString() ? Double.parseDouble(n.asString()) : n.asDouble();
  }

  /** The median of sorted values (the mean of the middle two for an even count). */
  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String num(double d) {
    return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%.3g", d);
  }
}
