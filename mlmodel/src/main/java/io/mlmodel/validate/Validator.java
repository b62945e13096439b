package io.mlmodel.validate;

import io.mlmodel.Location;
import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;

/**
 * Checks model folders and reports everything wrong with each at once.
 *
 * <pre>{@code
 * ValidationReport report = Validator.defaults().validate(Path.of("model"));
 * if (report.hasErrors()) {
 *   report.findings().forEach(System.err::println);
 *   // model/MLmodel:7:11: flavors.python_function.data: error: '../weights.bin' leads outside ... [path-escape]
 * }
 * }</pre>
 *
 * <p>The MLmodel file is read as {@link MLModels#read(Path, ReadOptions)} reads it; when that
 * fails (bad YAML, a duplicate key, a limit...) the single failure is the report, since no rule can
 * look at a model that was not read. A broken signature is the exception: the rest of the file is
 * still read, and the signature's problems are reported by its own rule. Otherwise every rule runs
 * (docs/validation.md lists them) and none stops another. Validation never throws for a bad model; only a null argument throws.
 * Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class Validator {
  private static final Validator DEFAULTS = builder().build();

  private final ReadOptions readOptions;
  private final Set<String> ignored;
  private final List<Rule> rules;

  private Validator(Builder b) {
    this.readOptions = b.readOptions;
    this.ignored = Set.copyOf(b.ignored);
    this.rules = List.copyOf(b.rules);
  }

  /**
   * A validator with every rule and the default read limits.
   *
   * @return the shared validator with every rule, {@link ReadOptions#defaults()} and no ignored
   *     codes
   */
  public static Validator defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder with every rule, {@link ReadOptions#defaults()} and no ignored codes
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these settings; changing it leaves this validator unchanged.
   *
   * @return a new builder with this validator's read limits and ignored codes
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.readOptions = readOptions;
    b.ignored.addAll(ignored);
    b.rules.clear();
    b.rules.addAll(rules);
    return b;
  }

  /**
   * The limits the MLmodel and the side files are read with.
   *
   * @return the read options set on the builder, {@link ReadOptions#defaults()} unless changed
   */
  public ReadOptions readOptions() {
    return readOptions;
  }

  /**
   * Every code a finding can have, sorted: the catalog of docs/validation.md. Tools that take codes
   * from users (the command line's {@code --ignore}) check them against it.
   *
   * @return the codes, unmodifiable
   */
  public static SortedSet<String> codes() {
    return FindingCodes.ALL;
  }

  /**
   * The finding codes left out of every report.
   *
   * @return the codes given to {@link Builder#ignore}, unmodifiable; empty when none are ignored
   */
  public Set<String> ignoredCodes() {
    return ignored;
  }

  /**
   * Validates the model folder {@code path} (or the folder of the MLmodel file {@code path}).
   *
   * @param path the model folder, or its {@code MLmodel} file
   * @return the report of every finding whose code is not ignored, with {@code path} as given as
   *     its {@link ValidationReport#path()}; when the MLmodel cannot be read at all (missing, bad
   *     YAML, a limit, a file system failure as {@code io-error}), that failure is its only
   *     finding: a bad model never makes this throw
   * @throws NullPointerException if {@code path} is null
   */
  public ValidationReport validate(Path path) {
    Objects.requireNonNull(path, "path");
    Path dir = Files.isRegularFile(path) && path.getFileName() != null
        && path.getFileName().toString().equals(MLModels.MLMODEL) && path.getParent() != null ? path.getParent() : path;
    List<Finding> findings = new ArrayList<>();
    ModelSource.Loaded loaded;
    try {
      loaded = ModelSource.load(dir, readOptions);
    } catch (UncheckedIOException e) {
      loaded = new ModelSource.Loaded(null, null, null);
      findings.add(new Finding("io-error", Severity.ERROR, ioProblem(e), Location.of(dir.resolve(MLModels.MLMODEL))));
    }
    ModelException failure = loaded.failure();
    if (failure != null) {
      findings.add(new Finding(failure.code(), Severity.ERROR, failure.problem(), failure.location()));
    }
    if (loaded.model() != null && loaded.document() != null) {
      ModelContext context = new ModelContext(dir, loaded.document(), loaded.model(), readOptions);
      for (Rule rule : rules) {
        run(rule, context);
      }
      findings.addAll(context.findings());
    }
    return new ValidationReport(path, findings.stream().filter(f -> !ignored.contains(f.code())).toList());
  }

  static void run(Rule rule, ModelContext context) {
    try {
      rule.check(context);
    } catch (ModelException e) {
      context.report(e);
    } catch (UncheckedIOException e) {
      context.error("io-error", Location.of(context.dir()), ioProblem(e));
    }
  }

  private static String ioProblem(UncheckedIOException e) {
    return "the file system failed: " + e.getMessage();
  }

  /** Builds a {@link Validator}. Not thread-safe. */
  public static final class Builder {
    private ReadOptions readOptions = ReadOptions.defaults();
    private final Set<String> ignored = new LinkedHashSet<>();
    private final List<Rule> rules = new ArrayList<>(Rules.all());

    private Builder() {}

    /**
     * The limits for reading the MLmodel and side files; {@link ReadOptions#defaults()} by default.
     *
     * @param options the limits to read with
     * @return this builder
     */
    public Builder readOptions(ReadOptions options) {
      this.readOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Leaves findings with these codes out of every report (e.g. {@code unknown-flavor}). Calls
     * add up. Each code must be one of {@link Validator#codes()}, so that a misspelt code fails
     * here instead of silently ignoring nothing.
     *
     * @param codes the finding codes to leave out; none adds nothing
     * @return this builder
     * @throws IllegalArgumentException when a code is not in {@link Validator#codes()}; nothing is
     *     added then
     */
    public Builder ignore(String... codes) {
      for (String code : codes) {
        if (!FindingCodes.ALL.contains(code)) {
          throw new IllegalArgumentException("unknown finding code '" + code + "'; Validator.codes() lists them");
        }
      }
      ignored.addAll(Arrays.asList(codes));
      return this;
    }

    /**
     * Builds the validator; later changes to this builder do not affect it.
     *
     * @return a new immutable, thread-safe validator with this builder's settings
     */
    public Validator build() {
      return new Validator(this);
    }
  }
}
