package io.mlmodel.data;

import io.mlmodel.data.internal.DateTimes;
import io.mlmodel.signature.NumpyDtype;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/** Which primitive array holds a dtype's elements, and element access over it. */
final class TensorStorage {
  private TensorStorage() {}

  /** The array class for {@code dtype}; throws IllegalArgumentException when there is none. */
  static Class<?> arrayClass(NumpyDtype dtype) {
    switch (dtype.kind()) {
      case 'b':
        return boolean[].class;
      case 'i':
      case 'u':
        switch (dtype.bytesPerElement()) {
          case 1:
            return byte[].class;
          case 2:
            return short[].class;
          case 4:
            return int[].class;
          default:
            return long[].class;
        }
      case 'f':
        if (dtype == NumpyDtype.FLOAT128) {
          break;
        }
        return dtype == NumpyDtype.FLOAT64 ? double[].class : float[].class;
      case 'U':
        return String[].class;
      case 'S':
        return byte[][].class;
      case 'O':
        return Object[].class;
      case 'M':
      case 'm':
        return long[].class;
      default:
        break;
    }
    throw new IllegalArgumentException("no Java storage for numpy dtype " + dtype.numpyName());
  }

  /** Whether {@code dtype} can be held in a tensor. */
  static boolean supported(NumpyDtype dtype) {
    try {
      arrayClass(dtype);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A copy of a storage array (deep for byte[][]). */
  static Object copy(Object data) {
    if (data instanceof byte[][] b) {
      byte[][] c = new byte[b.length][];
      for (int i = 0; i < b.length; i++) {
        c[i] = b[i] == null ? null : b[i].clone();
      }
      return c;
    }
    if (data instanceof boolean[] a) {
      return a.clone();
    }
    if (data instanceof byte[] a) {
      return a.clone();
    }
    if (data instanceof short[] a) {
      return a.clone();
    }
    if (data instanceof int[] a) {
      return a.clone();
    }
    if (data instanceof long[] a) {
      return a.clone();
    }
    if (data instanceof float[] a) {
      return a.clone();
    }
    if (data instanceof double[] a) {
      return a.clone();
    }
    if (data instanceof Object[] a) {
      return a.clone();
    }
    throw new IllegalArgumentException("not a tensor storage array: " + data.getClass().getSimpleName());
  }

  static @Nullable Object element(NumpyDtype dtype, Object data, int i) {
    boolean unsigned = dtype.kind() == 'u';
    if (data instanceof double[] a) {
      return a[i];
    } else if (data instanceof float[] a) {
      return a[i];
    } else if (data instanceof long[] a) {
      if (dtype.kind() == 'M') {
        return a[i] == Long.MIN_VALUE ? null : DateTimes.fromEpoch(a[i], dtype);
      }
      if (unsigned && a[i] < 0) {
        return new BigInteger(Long.toUnsignedString(a[i]));
      }
      return a[i];
    } else if (data instanceof int[] a) {
      return unsigned ? (Object) Integer.toUnsignedLong(a[i]) : (Object) a[i];
    } else if (data instanceof short[] a) {
      return unsigned ? (Object) Short.toUnsignedInt(a[i]) : (Object) a[i];
    } else if (data instanceof byte[] a) {
      return unsigned ? (Object) (short) Byte.toUnsignedInt(a[i]) : (Object) a[i];
    } else if (data instanceof boolean[] a) {
      return a[i];
    } else if (data instanceof byte[][] a) {
      return a[i] == null ? null : a[i].clone();
    } else {
      return ((Object[]) data)[i];
    }
  }
}
