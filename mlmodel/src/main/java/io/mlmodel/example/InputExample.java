package io.mlmodel.example;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A saved input example, as the model would be given it. Values are plain Java values as JSON
 * gives them: {@code null}, {@link Boolean}, {@link Long} or {@link java.math.BigInteger}, {@link
 * Double} (NaN where Python wrote {@code NaN}), {@link String} (binary data stays base64 text,
 * dates stay ISO text: only the signature says what they are), unmodifiable {@link java.util.List}
 * and insertion-ordered unmodifiable {@link Map}.
 *
 * <p>Switch over the variants:
 *
 * <pre>{@code
 * switch (example) {
 *   case DataFrameExample df -> ...;   // pandas DataFrame
 *   case TensorExample t -> ...;       // numpy array
 *   case TensorDictExample d -> ...;   // dict of numpy arrays
 *   case JsonObjectExample j -> ...;   // any JSON value
 *   case SparseExample s -> ...;       // scipy CSR/CSC matrix
 * }
 * }</pre>
 *
 * (Java 17 callers use {@code instanceof}.) Instances are immutable and thread-safe.
 */
public sealed interface InputExample
    permits DataFrameExample, TensorExample, TensorDictExample, JsonObjectExample, SparseExample {

  /**
   * The inference params saved with the example (a {@code (data, params)} tuple), or null.
   *
   * @return the params by name in file order, unmodifiable, values as JSON gives them; null when
   *     the example was saved without params
   */
  @Nullable Map<String, @Nullable Object> paramsOrNull();

  /**
   * The inference params saved with the example, when it was saved with params.
   *
   * @return {@link #paramsOrNull()} when it is not null, else empty
   */
  default Optional<Map<String, @Nullable Object>> params() {
    return Optional.ofNullable(paramsOrNull());
  }
}
