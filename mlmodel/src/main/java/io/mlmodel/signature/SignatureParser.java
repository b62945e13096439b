package io.mlmodel.signature;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON strings of an {@code MLmodel} file's {@code signature} mapping with MLflow's rules
 * ({@code ModelSignature.from_dict}, {@code Schema.from_json}, {@code ParamSchema.from_json}).
 *
 * <p>Every error is an {@link ModelException} located at the YAML value that holds the JSON, with
 * the key path extended into the JSON, e.g. {@code /m/MLmodel:14:11: signature.inputs[3].type:
 * unknown column type 'int' (...)}. Codes: {@code bad-signature} (structure and consistency,
 * including invalid JSON), {@code unknown-type} (a column or param type MLflow does not know),
 * {@code bad-dtype} (a tensor dtype numpy or MLflow rejects) and {@code limit} (a {@link
 * ReadOptions} bound: JSON length, nesting depth, value count or tensor shape dimensions).
 *
 * <pre>{@code
 * Location at = doc.locate(KeyPath.of("signature", "inputs"));
 * Schema inputs = SignatureParser.parseSchema(json, at);
 * }</pre>
 *
 * <p>Thread-safe (stateless).
 */
public final class SignatureParser {
  private static final Location NOWHERE = Location.UNKNOWN.withKeyPath("signature");

  private SignatureParser() {}

  /**
   * Reads a schema (inputs or outputs) with the default limits.
   *
   * @param json the JSON text of the schema, as the {@code MLmodel} file holds it
   * @param at the location of the YAML value holding {@code json}, with its key path ({@code
   *     signature.inputs}); errors are located there
   * @return the schema, which keeps MLflow's construction rules
   * @throws ModelException located at {@code at} with the key path extended into the JSON, with
   *     code {@code bad-signature}, {@code unknown-type} or {@code bad-dtype} (see the class
   *     comment)
   * @throws LimitExceededException (code {@code limit}) when the JSON breaks a bound of {@link
   *     ReadOptions#defaults()}
   */
  public static Schema parseSchema(String json, Location at) {
    return parseSchema(json, at, ReadOptions.defaults());
  }

  /**
   * Reads a schema (inputs or outputs); {@code at} locates the YAML value holding {@code json}.
   *
   * @param json the JSON text of the schema, as the {@code MLmodel} file holds it
   * @param at the location of the YAML value holding {@code json}, with its key path ({@code
   *     signature.inputs}); errors are located there
   * @param options the limits: JSON length in code points, nesting depth, value count and the
   *     dimensions of a tensor shape
   * @return the schema, which keeps MLflow's construction rules
   * @throws ModelException located at {@code at} with the key path extended into the JSON, with
   *     code {@code bad-signature}, {@code unknown-type} or {@code bad-dtype} (see the class
   *     comment)
   * @throws LimitExceededException (code {@code limit}) when the JSON breaks a bound of {@code
   *     options}
   */
  public static Schema parseSchema(String json, Location at, ReadOptions options) {
    Objects.requireNonNull(json, "json");
    Object root = JsonTree.parse(json, at, options);
    return guarded(at, () -> new SchemaReader(at, options).schema(root));
  }

  /**
   * Reads a param schema with the default limits.
   *
   * @param json the JSON text of the params, as the {@code MLmodel} file holds it
   * @param at the location of the YAML value holding {@code json}, with its key path ({@code
   *     signature.params}); errors are located there
   * @return the param schema; empty for the JSON {@code []}
   * @throws ModelException located at {@code at} with the key path extended into the JSON, with
   *     code {@code bad-signature} or {@code unknown-type} (see the class comment)
   * @throws LimitExceededException (code {@code limit}) when the JSON breaks a bound of {@link
   *     ReadOptions#defaults()}
   */
  public static ParamSchema parseParams(String json, Location at) {
    return parseParams(json, at, ReadOptions.defaults());
  }

  /**
   * Reads a param schema; {@code at} locates the YAML value holding {@code json}.
   *
   * @param json the JSON text of the params, as the {@code MLmodel} file holds it
   * @param at the location of the YAML value holding {@code json}, with its key path ({@code
   *     signature.params}); errors are located there
   * @param options the limits: JSON length in code points, nesting depth and value count
   * @return the param schema; empty for the JSON {@code []}
   * @throws ModelException located at {@code at} with the key path extended into the JSON, with
   *     code {@code bad-signature} or {@code unknown-type} (see the class comment)
   * @throws LimitExceededException (code {@code limit}) when the JSON breaks a bound of {@code
   *     options}
   */
  public static ParamSchema parseParams(String json, Location at, ReadOptions options) {
    Objects.requireNonNull(json, "json");
    Object root = JsonTree.parse(json, at, options);
    return guarded(at, () -> new ParamReader(at).params(root));
  }

  /**
   * Reads a signature from its three strings, for callers without a file location (errors are
   * located at {@code signature.inputs} and so on). A null or empty string means the part is absent,
   * as in MLflow; all three absent is an error.
   *
   * @param inputs the JSON text of the input schema, or null or empty for none
   * @param outputs the JSON text of the output schema, or null or empty for none
   * @param params the JSON text of the params, or null or empty for none
   * @return the signature, with the default limits applied to each string
   * @throws ModelException with code {@code bad-signature} when all three are absent, or as
   *     {@link #parseSchema(String, Location, ReadOptions)} and {@link #parseParams(String,
   *     Location, ReadOptions)} throw for a part
   */
  public static ModelSignature fromStrings(@Nullable String inputs, @Nullable String outputs, @Nullable String params) {
    return fromStrings(inputs, outputs, params, ReadOptions.defaults());
  }

  /**
   * {@link #fromStrings(String, String, String)} with these limits.
   *
   * @param inputs the JSON text of the input schema, or null or empty for none
   * @param outputs the JSON text of the output schema, or null or empty for none
   * @param params the JSON text of the params, or null or empty for none
   * @param options the limits applied to each string
   * @return the signature
   * @throws ModelException with code {@code bad-signature} when all three are absent, or as
   *     {@link #parseSchema(String, Location, ReadOptions)} and {@link #parseParams(String,
   *     Location, ReadOptions)} throw for a part (including {@link LimitExceededException})
   */
  public static ModelSignature fromStrings(@Nullable String inputs, @Nullable String outputs, @Nullable String params,
      ReadOptions options) {
    return fromParts(key -> NOWHERE.withKeyPath(key.isEmpty() ? "signature" : "signature." + key), options,
        inputs, outputs, params);
  }

  /**
   * Reads the value of an {@code MLmodel} file's {@code signature} key, as PyYAML typed it. Each
   * part is absent when missing or falsy in Python (null, empty string, false, 0, empty
   * collection), as in MLflow's {@code from_dict}; a present part must be a JSON string.
   *
   * @param signature the YAML value of the {@code signature} key
   * @param locate the location of the value of a key of the signature mapping ({@code "inputs"},
   *     {@code "outputs"}, {@code "params"}), or of the mapping itself for {@code ""}
   * @param options the limits applied to each JSON string
   * @return the signature
   * @throws ModelException with code {@code bad-signature} when {@code signature} is not a
   *     mapping, a present part is not a string, or all three parts are absent; otherwise as
   *     {@link #parseSchema(String, Location, ReadOptions)} and {@link #parseParams(String,
   *     Location, ReadOptions)} throw for a part
   */
  public static ModelSignature fromYaml(@Nullable Object signature, Function<String, Location> locate, ReadOptions options) {
    if (!(signature instanceof Map<?, ?> map)) {
      throw new ModelException("bad-signature", locate.apply(""),
          "signature must be a mapping with inputs, outputs and params, got " + yamlKind(signature));
    }
    return fromParts(locate, options, map.get("inputs"), map.get("outputs"), map.get("params"));
  }

  private static ModelSignature fromParts(Function<String, Location> locate, ReadOptions options,
      @Nullable Object inputs, @Nullable Object outputs, @Nullable Object params) {
    Schema in = truthy(inputs) ? parseSchema(json(inputs, "inputs", locate), locate.apply("inputs"), options) : null;
    Schema out = truthy(outputs) ? parseSchema(json(outputs, "outputs", locate), locate.apply("outputs"), options) : null;
    ParamSchema ps = truthy(params) ? parseParams(json(params, "params", locate), locate.apply("params"), options) : null;
    if (in == null && out == null && ps == null) {
      throw new ModelException("bad-signature", locate.apply(""),
          "At least one of inputs, outputs or params must be provided");
    }
    return new ModelSignature(in, out, ps);
  }

  private static String json(Object value, String key, Function<String, Location> locate) {
    if (value instanceof String s) {
      return s;
    }
    throw new ModelException("bad-signature", locate.apply(key),
        "expected the JSON text of the " + key + " as a string, got " + yamlKind(value));
  }

  private static boolean truthy(@Nullable Object v) {
    return v != null && !Boolean.FALSE.equals(v) && !"".equals(v)
        && !(v instanceof Number n && n.doubleValue() == 0)
        && !(v instanceof List<?> l && l.isEmpty()) && !(v instanceof Map<?, ?> m && m.isEmpty());
  }

  private static String yamlKind(@Nullable Object v) {
    return v == null ? "null" : v instanceof Map<?, ?> ? "a mapping" : v instanceof List<?> ? "a sequence"
        : "a " + v.getClass().getSimpleName();
  }

  private static <T> T guarded(Location at, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (StackOverflowError e) {
      throw new LimitExceededException(at, "the JSON is nested too deeply for this thread's stack");
    }
  }
}
