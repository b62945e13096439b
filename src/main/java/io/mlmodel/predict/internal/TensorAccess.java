package io.mlmodel.predict.internal;

import io.mlmodel.predict.Tensor;
import io.mlmodel.signature.NumpyDtype;
import java.lang.invoke.MethodHandles;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Tensor}'s arrays without the copies and views its public methods make, for this module's
 * predictors: a native runtime copies the data into its own memory anyway, and on a small model
 * the extra objects on the way are a visible part of a prediction's cost. What is read here must
 * never be written, and arrays handed to {@link #adopt} must not be touched again.
 *
 * <p>{@code Tensor} hands its accessor over from its static initializer, the pattern of the JDK's
 * {@code SharedSecrets}.
 */
public final class TensorAccess {
  /** Implemented by {@code Tensor}. */
  public interface Accessor {
    /** The storage array. */
    Object storage(Tensor t);

    /** The dimensions. */
    long[] dims(Tensor t);

    /** A tensor over {@code shape} and {@code storage} themselves, checked as {@link Tensor#wrap} checks. */
    Tensor adopt(NumpyDtype dtype, long[] shape, Object storage);
  }

  private static volatile @Nullable Accessor accessor;

  private TensorAccess() {}

  /**
   * Called once, by {@code Tensor}'s static initializer.
   *
   * @throws IllegalCallerException when called from anywhere else (possible on the class path)
   */
  public static void register(Accessor a) {
    if (StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass() != Tensor.class) {
      throw new IllegalCallerException("only Tensor registers the tensor accessor");
    }
    if (accessor != null) {
      throw new IllegalStateException("the tensor accessor is already registered");
    }
    accessor = a;
  }

  /** The tensor's storage array, as the table of {@link Tensor} gives it for its dtype: read only. */
  public static Object storage(Tensor t) {
    return accessor().storage(t);
  }

  /** The tensor's dimensions: read only. */
  public static long[] dims(Tensor t) {
    return accessor().dims(t);
  }

  /**
   * A tensor that takes both arrays over.
   *
   * @throws IllegalArgumentException as {@link Tensor#wrap} does
   */
  public static Tensor adopt(NumpyDtype dtype, long[] shape, Object storage) {
    return accessor().adopt(dtype, shape, storage);
  }

  private static Accessor accessor() {
    Accessor a = accessor;
    if (a == null) {
      try {
        MethodHandles.lookup().ensureInitialized(Tensor.class);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
      a = accessor;
    }
    return a;
  }
}
