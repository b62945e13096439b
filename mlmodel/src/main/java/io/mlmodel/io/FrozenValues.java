package io.mlmodel.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Deeply unmodifiable copies of plain values given in Java (a model's keys, an input example's
 * values), of the same shape the YAML and JSON readers give: lists, sets and mappings become unmodifiable
 * copies keeping their order, {@code byte[]} a fresh array, other values are kept (scalars are
 * immutable). Mapping keys and set members are kept as given: the writer accepts only scalars there.
 *
 * <p>One instance met twice yields one copy, so that the writer still writes PyYAML's anchor and
 * alias for it, and a tree that contains itself stays so (the writer refuses it with a located
 * message). The walk uses a work list, not recursion, so a deep tree cannot overflow the stack.
 */
public final class FrozenValues {
  private final Map<Object, Object> copies = new IdentityHashMap<>();
  private final Deque<Object[]> pending = new ArrayDeque<>();

  private FrozenValues() {}

  /**
   * The deeply unmodifiable copy of {@code value}.
   *
   * @param value a plain value: a scalar, a list, set or mapping of plain values, or null
   * @return the copy; {@code value} itself when it is a scalar or null
   */
  public static @Nullable Object copy(@Nullable Object value) {
    FrozenValues f = new FrozenValues();
    Object out = f.frozen(value);
    f.fill();
    return out;
  }

  /**
   * The copy of a mapping, typed as the mapping is.
   *
   * @param <V> the type of the mapping's values
   * @param map the mapping
   * @return its unmodifiable copy, keys in the same order
   */
  @SuppressWarnings("unchecked")
  public static <V> Map<String, V> copyMap(Map<String, ? extends V> map) {
    return (Map<String, V>) copy(map);
  }

  /**
   * The copy of a list, typed as the list is.
   *
   * @param <T> the type of the list's elements
   * @param list the list
   * @return its unmodifiable copy
   */
  @SuppressWarnings("unchecked")
  public static <T> List<T> copyList(List<? extends T> list) {
    return (List<T>) copy(list);
  }

  /** The copy of {@code value}; a collection's copy is empty until {@link #fill()} runs. */
  private @Nullable Object frozen(@Nullable Object value) {
    if (value instanceof byte[] b) {
      return b.clone();
    }
    if (!(value instanceof List || value instanceof Set || value instanceof Map)) {
      return value;
    }
    Object done = copies.get(value);
    if (done != null) {
      return done;
    }
    Object target;
    Object out;
    if (value instanceof List<?> l) {
      List<Object> t = new ArrayList<>(l.size());
      target = t;
      out = Collections.unmodifiableList(t);
    } else if (value instanceof Set<?>) {
      Set<Object> t = new LinkedHashSet<>();
      target = t;
      out = Collections.unmodifiableSet(t);
    } else {
      Map<Object, Object> t = new LinkedHashMap<>();
      target = t;
      out = Collections.unmodifiableMap(t);
    }
    copies.put(value, out);
    pending.push(new Object[] {value, target});
    return out;
  }

  @SuppressWarnings("unchecked")
  private void fill() {
    while (!pending.isEmpty()) {
      Object[] job = pending.pop();
      if (job[0] instanceof List<?> l) {
        List<Object> t = (List<Object>) job[1];
        for (Object x : l) {
          t.add(frozen(x));
        }
      } else if (job[0] instanceof Set<?> s) {
        ((Set<Object>) job[1]).addAll(s);
      } else {
        Map<Object, Object> t = (Map<Object, Object>) job[1];
        for (Map.Entry<?, ?> e : ((Map<?, ?>) job[0]).entrySet()) {
          t.put(e.getKey(), frozen(e.getValue()));
        }
      }
    }
  }
}
