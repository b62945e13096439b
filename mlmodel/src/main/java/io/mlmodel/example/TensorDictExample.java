package io.mlmodel.example;

import io.mlmodel.io.FrozenValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A dict of named numpy arrays ({@code type: ndarray} with a JSON object), for models with
 * named tensor inputs. Each tensor's own {@link TensorExample#params()} is empty; the params are
 * this example's.
 *
 * @param tensors the tensors by name, in file order
 * @param paramsOrNull the saved inference params, or null
 */
public record TensorDictExample(Map<String, TensorExample> tensors, @Nullable Map<String, @Nullable Object> paramsOrNull)
    implements InputExample {

  /**
   * Keeps unmodifiable copies of the map of tensors and of the params.
   *
   * @param tensors the tensors by name, in file order
   * @param paramsOrNull the saved inference params, or null when the example has none
   */
  public TensorDictExample {
    tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    paramsOrNull = paramsOrNull == null ? null : FrozenValues.copyMap(paramsOrNull);
  }

  /**
   * The tensor {@code name}.
   *
   * @param name the tensor's name, as the file spells it (case-sensitive)
   * @return the tensor; its own params are empty when it was read from a file
   * @throws IllegalArgumentException when there is none
   */
  public TensorExample tensor(String name) {
    TensorExample t = tensors.get(name);
    if (t == null) {
      throw new IllegalArgumentException("no tensor '" + name + "'; the tensors are " + tensors.keySet());
    }
    return t;
  }
}
