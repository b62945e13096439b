package io.mlmodel.oracle;

import io.mlmodel.MLModelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The disagreements of a differential run, by kind. A kind that starts with {@code "deliberate: "}
 * is a documented difference (docs/format-notes.md, docs/enforcement.md, docs/signature.md), one
 * that starts with {@code "known, not fixed: "} a difference the docs list as not fixed yet; any
 * other kind is a finding the run fails on. Each kind keeps its count and first example.
 */
final class Differences {
  static final String DELIBERATE = "deliberate: ";
  /** A difference found by the harness, listed as not fixed yet in the docs: reported, not failed on. */
  static final String KNOWN = "known, not fixed: ";
  private final String what;
  private final Map<String, Integer> counts = new TreeMap<>();
  private final Map<String, List<String>> examples = new LinkedHashMap<>();
  private final Map<String, Integer> agreed = new TreeMap<>();

  Differences(String what) {
    this.what = what;
  }

  void add(String kind, String input, String detail) {
    counts.merge(kind, 1, Integer::sum);
    List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
    if (list.size() < 3) {
      list.add("input:\n" + input + "\n" + detail);
    }
  }

  /** A case where both sides agree, counted by how they agree. */
  void agree(String how) {
    agreed.merge(how, 1, Integer::sum);
  }

  List<String> unexplained() {
    List<String> out = new ArrayList<>();
    counts.keySet().stream().filter(k -> !k.startsWith(DELIBERATE) && !k.startsWith(KNOWN)).forEach(out::add);
    return out;
  }

  String summary() {
    StringBuilder b = new StringBuilder(what).append(": agreed ").append(agreed).append("; disagreed:");
    counts.forEach((k, n) -> b.append("\n  ").append(n).append(" x ").append(k));
    for (String k : unexplained()) {
      for (String example : examples.get(k)) {
        b.append("\n--- a case of: ").append(k).append('\n').append(example);
      }
    }
    return b.toString();
  }

  /** Prints the counts, and writes them with up to three cases of every kind to target/fidelity-*.txt. */
  void report(int cases) {
    System.out.println("[fidelity] " + cases + " " + summary().replace("\n", "\n[fidelity] "));
    StringBuilder all = new StringBuilder(cases + " " + summary());
    examples.forEach((k, list) -> list.forEach(e -> all.append("\n=== ").append(k).append('\n').append(e)));
    try {
      java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", "fidelity-" + what.replaceAll("[^a-z]+", "-")
          + ".txt"), all);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Our reader refused where Python read. */
  static String ourRefusal(String stage, MLModelException e) {
    return switch (e.code()) {
      case "duplicate-key" -> DELIBERATE + "duplicate keys refused (format-notes: Reading)";
      default -> stage + ": we refuse (" + e.code() + ") what MLflow reads";
    };
  }

  /** MLflow's Model.load refused where we read. */
  static String mlflowRefusal(String text, String error) {
    if (error.contains("Unsupported type 'any'")) {
      return DELIBERATE + "the 'any' column type of later MLflow is read (format-notes: differential harness)";
    }
    if (error.contains("'NoneType' object has no attribute 'isoformat'")) {
      return DELIBERATE + "a datetime param with a null default is read and rewritten; MLflow loads it but its to_dict"
          + " crashes (format-notes: differential harness)";
    }
    return "load: we read what MLflow refuses: " + error.replaceAll("[0-9'\"`].*", "");
  }

  static String signature(String part, String ours, String theirs) {
    return "signature." + part + " differs from MLflow's to_dict";
  }

  static String rewrite(String ours, String theirs) {
    return "rewrite differs from MLflow's to_yaml";
  }
}
