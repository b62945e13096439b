package io.mlmodel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs one hostile input through the library, meant for a child JVM with a small heap (see
 * {@link HostileInputLimitsTest}). Prints one line: {@code limit <problem>} for a clean {@link
 * LimitExceededException}, {@code error <code> <problem>} for another of our exceptions, {@code
 * accepted} when the input went through, and lets anything else (an OutOfMemoryError) escape so the
 * JVM exits non-zero.
 */
public final class LimitProbe {
  private static final io.mlmodel.enforce.EnforcementOptions ANY_CELLS = io.mlmodel.enforce.EnforcementOptions.builder()
      .maxCells(Long.MAX_VALUE).build();

  /** The hostile inputs by name; each builds its input lazily and runs it with the defaults. */
  static final Map<String, Supplier<Object>> CASES = Map.ofEntries(
      probe("billion-laughs", () -> parse(billionLaughs())),
      probe("binary-laughs", () -> parse(binaryLaughs())),
      probe("nested-brackets", () -> parse("k: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n")),
      probe("nested-braces", () -> parse("k: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n")),
      probe("flat-nodes", () -> read(stream("k: [", "0,", 1_000_000, "0]\n"))),
      probe("file-50mb", LimitProbe::file50Mb),
      probe("stream-50mb", () -> read(stream("", "k: v\n", 10L << 20, ""))),
      probe("largest-scalar", () -> read(stream("k: '", "v", (4L << 20) - 8, "'\n"))),
      probe("most-values", () -> read(stream("k: [", "0,", 99_995, "0]\n"))),
      probe("signature-100k-columns", () -> parse(signature(columns(100_000), "[]"))),
      probe("tensor-64-dims", () -> parse(signature(tensor(64), tensor(1)))),
      // The body limit alone (the cell limit, which a numeric body reaches first, is raised here).
      probe("request-1gb-json", () -> io.mlmodel.request.ScoringRequests.decode(
          stream("{\"dataframe_split\": {\"columns\": [\"a\"], \"data\": [", "[1.5],", (1L << 30) / 6, "[1]]}}"),
          "application/json", null, ANY_CELLS)),
      probe("request-1gb-json-64mb-limit", () -> io.mlmodel.request.ScoringRequests.decode(
          stream("{\"dataframe_split\": {\"columns\": [\"a\"], \"data\": [", "[1.5],", (1L << 30) / 6, "[1]]}}"),
          "application/json", null, ANY_CELLS.toBuilder().maxRequestBytes(64L << 20).build())),
      probe("request-1gb-csv", () -> io.mlmodel.request.ScoringRequests.decode(
          stream("a\n", "1.5\n", (1L << 30) / 4, ""), "text/csv", null, ANY_CELLS)),
      probe("request-1gb-json-defaults", () -> json(stream("{\"dataframe_split\": {\"columns\": [\"a\"], \"data\": [",
          "[1.5],", (1L << 30) / 6, "[1]]}}"))),
      // Issue 16: shapes under the byte limits that ran out of a 64 MB heap.
      probe("requirements-800k-lines", () -> sideFile("requirements.txt", "a==1\n", 800_000,
          f -> io.mlmodel.env.RequirementsFile.read(f, ReadOptions.defaults()))),
      probe("environment-variables-800k-lines", () -> sideFile("environment_variables.txt", "A_B\n", 800_000,
          f -> io.mlmodel.env.EnvironmentVariables.read(f, ReadOptions.defaults()))),
      probe("requirements-most-lines", () -> sideFile("requirements.txt", "package-0000-name[extra]>=1.0.0,<2.0.0\n",
          50_000, f -> io.mlmodel.env.RequirementsFile.read(f, ReadOptions.defaults()))),
      probe("alias-1mib-scalar-40-times", () -> read(stream("a: &a '", "x", 1L << 20,
          "'\nb: [" + "*a, ".repeat(39) + "*a]\n"))),
      probe("alias-largest-accepted", () -> read(stream("a: &a '", "x", 1L << 19,
          "'\nb: [" + "*a, ".repeat(5) + "*a]\n"))),
      probe("json-number-4301-digits", () -> io.mlmodel.io.JsonDocument.parse(
          ("{\"a\": " + "1".repeat(4301) + "}").getBytes(StandardCharsets.UTF_8), Path.of("input_example.json"),
          ReadOptions.defaults())),
      probe("request-number-4301-digits", () -> io.mlmodel.request.ScoringRequests.decode(
          new ByteArrayInputStream(("{\"instances\": [" + "1".repeat(4301) + "]}").getBytes(StandardCharsets.UTF_8)),
          "application/json", null, io.mlmodel.enforce.EnforcementOptions.defaults())),
      // Issue 16, scoring requests under the 8 MiB body limit that ran out of a 64 MB heap, and the
      // largest ones each default lets through.
      probe("csv-1m-short-rows", () -> csv(stream("a,b\n", "12,34\n", 1_000_000, ""))),
      probe("instances-3m-numbers", () -> json(stream("{\"instances\": [", "0,", 3_000_000, "0]}"))),
      probe("csv-700k-column-header", () -> csv(stream("", "a,", 700_000, "a\n1\n"))),
      probe("split-600k-columns", () -> json(stream("{\"dataframe_split\": {\"columns\": [",
          "\"c\",", 600_000, "\"c\"], \"data\": [[0]]}}"))),
      probe("split-600k-column-row", () -> json(stream("{\"dataframe_split\": {\"data\": [[", "0,", 600_000,
          "0]]}}"))),
      probe("csv-endless", () -> csv(stream("a\n", "x\n", Long.MAX_VALUE / 2, ""))),
      probe("csv-most-cells-text", () -> csv(stream("a\n", "abcdefghijklmn\n", 500_000, ""))),
      probe("csv-most-cells-numbers", () -> csv(stream("a,b\n", "1.5,2\n", 250_000, ""))),
      probe("csv-most-columns", () -> csv(stream("", "abcdefghijklmn,", 19_999, "z\n"
          + "1,".repeat(19_999) + "1\n"))),
      probe("json-most-values-text", () -> json(stream("{\"instances\": [", "\"abcdefghijkl\",", 499_997,
          "\"a\"]}"))),
      probe("json-most-values-numbers", () -> json(stream("{\"instances\": [", "1234567,", 499_997, "0]}"))),
      probe("split-most-columns", () -> json(stream("{\"dataframe_split\": {\"data\": [", "[" + "0,".repeat(19_999)
          + "0],", 23, "[" + "0,".repeat(19_999) + "0]]}}"))),
      probe("records-most-values-text", () -> json(stream("{\"dataframe_records\": [", "{\"a\": \"abcdefghijk\"},",
          166_000, "{\"a\": \"x\"}]}"))),
      probe("inputs-most-columns", () -> json(stream("{\"inputs\": {", keys(20_000, "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"),
          1, "}}"))),
      probe("records-most-columns", () -> json(stream("{\"dataframe_records\": [", "{" + keys(20_000, "0") + "},", 22,
          "{" + keys(20_000, "0") + "}]}"))));

  private LimitProbe() {}

  private static Map.Entry<String, Supplier<Object>> probe(String name, Supplier<Object> run) {
    return Map.entry(name, run);
  }

  public static void main(String[] args) {
    Supplier<Object> c = CASES.get(args[0]);
    if (c == null) {
      throw new IllegalArgumentException("no case " + args[0] + "; cases: " + CASES.keySet());
    }
    try {
      c.get();
      System.out.println("accepted");
    } catch (LimitExceededException e) {
      System.out.println("limit " + e.getMessage());
    } catch (MLModelException e) {
      if ("limit".equals(e.code())) {
        System.out.println("limit " + e.getMessage());
        return;
      }
      System.out.println("error " + e.code() + " " + e.getMessage());
    }
  }

  private static Object csv(InputStream body) {
    return io.mlmodel.request.ScoringRequests.decode(body, "text/csv", null,
        io.mlmodel.enforce.EnforcementOptions.defaults());
  }

  private static Object json(InputStream body) {
    return io.mlmodel.request.ScoringRequests.decode(body, "application/json", null,
        io.mlmodel.enforce.EnforcementOptions.defaults());
  }

  /** {@code "k0": value, "k1": value, ...}: n distinct keys. */
  private static String keys(int n, String value) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ", ").append("\"k").append(i).append("\": ").append(value);
    }
    return sb.toString();
  }

  private static Object parse(String yaml) {
    return read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Object read(InputStream in) {
    return MLModels.read(in, Path.of("m"));
  }

  /** {@code prefix}, {@code count} times {@code unit}, {@code suffix}: made as it is read. */
  static InputStream stream(String prefix, String unit, long count, String suffix) {
    return new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)),
        new RepeatingStream(unit, count * unit.getBytes(StandardCharsets.UTF_8).length),
        new ByteArrayInputStream(suffix.getBytes(StandardCharsets.UTF_8)))));
  }

  /** An MLmodel whose signature has these inputs and outputs (JSON, single-quoted in YAML). */
  static String signature(String inputs, String outputs) {
    return "flavors: {}\nsignature:\n  inputs: '" + inputs + "'\n  outputs: '" + outputs + "'\n";
  }

  /** A column schema of {@code n} long columns, written compactly (about 30 bytes a column). */
  static String columns(int n) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"name\":\"c").append(i).append("\",\"type\":\"long\"}");
    }
    return sb.append(']').toString();
  }

  /** A tensor schema with one float32 tensor of {@code dims} dimensions. */
  static String tensor(int dims) {
    String shape = "[-1" + ", 2".repeat(dims - 1) + "]";
    return "[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float32\", \"shape\": " + shape + "}}]";
  }

  /** The classic: nine levels of ten aliases each, 10^9 strings once expanded. */
  static String billionLaughs() {
    StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char p = (char) (c - 1);
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        sb.append(i == 0 ? "" : ",").append('*').append(p);
      }
      sb.append("]\n");
    }
    return sb.toString();
  }

  /** Within the alias limit (48 aliases) yet 2^25 values once expanded. */
  static String binaryLaughs() {
    StringBuilder sb = new StringBuilder("l0: &l0 [x, x]\n");
    for (int i = 1; i < 25; i++) {
      sb.append('l').append(i).append(": &l").append(i).append(" [*l").append(i - 1)
          .append(", *l").append(i - 1).append("]\n");
    }
    return sb.toString();
  }

  private static Object file50Mb() {
    try {
      Path dir = Files.createTempDirectory("mlmodel-limit");
      Path file = dir.resolve(MLModels.MLMODEL);
      try (OutputStream out = Files.newOutputStream(file);
           InputStream in = new RepeatingStream("k: v\n", 50L << 20)) {
        in.transferTo(out);
      }
      try {
        return MLModels.read(dir);
      } finally {
        Files.delete(file);
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Writes {@code count} times {@code unit} as {@code name} in a fresh folder and reads it with {@code reader}. */
  private static Object sideFile(String name, String unit, long count, java.util.function.Function<Path, Object> reader) {
    try {
      Path dir = Files.createTempDirectory("mlmodel-limit");
      Path file = dir.resolve(name);
      try (OutputStream out = Files.newOutputStream(file);
           InputStream in = new RepeatingStream(unit, count * unit.length())) {
        in.transferTo(out);
      }
      try {
        return reader.apply(file);
      } finally {
        Files.delete(file);
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code length} bytes of {@code unit} repeated, made on the fly: a huge input in no memory. */
  static final class RepeatingStream extends InputStream {
    private final byte[] unit;
    private final long length;
    private long pos;

    RepeatingStream(String unit, long length) {
      this.unit = unit.getBytes(StandardCharsets.UTF_8);
      this.length = length;
    }

    @Override
    public int read() {
      return pos < length ? unit[(int) (pos++ % unit.length)] : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= length) {
        return -1;
      }
      int n = (int) Math.min(len, length - pos);
      for (int i = 0; i < n; i++) {
        b[off + i] = unit[(int) (pos++ % unit.length)];
      }
      return n;
    }
  }
}
