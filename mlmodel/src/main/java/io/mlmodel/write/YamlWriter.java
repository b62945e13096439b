package io.mlmodel.write;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Writes a plain Java value tree as the exact text of PyYAML 6's {@code yaml.safe_dump(tree,
 * default_flow_style=False)}, which is how MLflow writes {@code MLmodel} and {@code conda.yaml}:
 * keys sorted at every depth, block style, indent 2, lines folded past column 80, strings quoted
 * wherever YAML 1.1 would read them as another type, non-ASCII escaped ({@code allow_unicode=False}).
 *
 * <pre>{@code
 * Map<String, Object> tree = new LinkedHashMap<>();
 * tree.put("mlflow_version", "2.17.2");
 * tree.put("databricks_runtime", "14.3");
 * tree.put("env_vars", List.of("OPENAI_API_KEY"));
 * String yaml = YamlWriter.dump(tree);
 * // databricks_runtime: '14.3'
 * // env_vars:
 * // - OPENAI_API_KEY
 * // mlflow_version: 2.17.2
 * }</pre>
 *
 * <p>Values are those {@code io.mlmodel.yaml.YamlReader} produces: {@code null}, {@link Boolean},
 * {@link Long} or {@link java.math.BigInteger} (also {@link Integer}, {@link Short}, {@link
 * Byte}), {@link Double} (also {@link Float}, by its decimal text), {@link String}, {@link
 * java.time.LocalDate}, {@link java.time.LocalDateTime}, {@link java.time.OffsetDateTime}, {@code
 * byte[]} (as {@code !!binary}), {@link java.util.List}, {@link java.util.Map} (scalar keys) and
 * {@link java.util.Set} (as {@code !!set}). A non-empty collection that occurs twice in the tree
 * (the same instance) is written once with an anchor and then as an alias, as PyYAML does.
 *
 * <p>Anything else, a tree that contains itself, one nested deeper than 500 levels, a string with
 * an unpaired surrogate or a time with nanoseconds is refused with an {@link
 * IllegalArgumentException} that names the key path. Stateless and thread-safe.
 */
public final class YamlWriter {
  private YamlWriter() {}

  /**
   * {@code yaml.safe_dump(tree, default_flow_style=False)}: keys sorted.
   *
   * @param tree the value tree, of the types listed in the class comment; null is written as
   *     PyYAML writes {@code None}
   * @return the YAML text, pure ASCII with {@code \n} line ends and one final newline
   * @throws IllegalArgumentException when the tree holds a value that cannot be written (see the
   *     class comment); the message names its key path
   */
  public static String dump(@Nullable Object tree) {
    return new EventWriter(true).write(tree);
  }

  /**
   * {@code yaml.safe_dump(tree, default_flow_style=False, sort_keys=sortKeys)}; with {@code
   * false}, mappings keep their iteration order (as MLflow's {@code python_env.yaml} does).
   *
   * @param tree the value tree, of the types listed in the class comment; null is written as
   *     PyYAML writes {@code None}
   * @param sortKeys true to sort the keys of every mapping, false to keep their iteration order
   * @return the YAML text, pure ASCII with {@code \n} line ends and one final newline
   * @throws IllegalArgumentException when the tree holds a value that cannot be written (see the
   *     class comment); the message names its key path
   */
  public static String dump(@Nullable Object tree, boolean sortKeys) {
    return new EventWriter(sortKeys).write(tree);
  }

  /**
   * {@link #dump(Object)} as bytes; the text is pure ASCII, so these are also its UTF-8 bytes.
   *
   * @param tree the value tree, as for {@link #dump(Object)}
   * @return the YAML text's bytes, in a new array
   * @throws IllegalArgumentException when the tree holds a value that cannot be written, as for
   *     {@link #dump(Object)}
   */
  public static byte[] dumpBytes(@Nullable Object tree) {
    return dump(tree).getBytes(StandardCharsets.US_ASCII);
  }
}
