package io.mlmodel.onnx;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxMap;
import ai.onnxruntime.OnnxSequence;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.signature.NumpyDtype;
import java.lang.reflect.Array;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Copies ONNX Runtime outputs into {@link Tensor}s, as onnxruntime's Python binding turns them into
 * numpy values: a tensor becomes a tensor of the same dtype and shape (bfloat16 widens to float32,
 * which numpy lacks); a sequence becomes a 1-d object tensor of its elements and a map a 0-d one
 * (sklearn-onnx classifiers' {@code ZipMap} output is a sequence of maps), with map keys as strings,
 * as JSON has them.
 */
final class OrtOutputs {
  private OrtOutputs() {}

  /** Copies of all of a run's outputs, by name, in the run's order. */
  static TensorMap all(OrtSession.Result result) throws OrtException {
    if (result.size() == 1) {
      Map.Entry<String, OnnxValue> only = result.iterator().next();
      return TensorMap.of(only.getKey(), toTensor(only.getValue()));
    }
    Map<String, Tensor> out = new LinkedHashMap<>(2 * result.size());
    for (Map.Entry<String, OnnxValue> e : result) {
      out.put(e.getKey(), toTensor(e.getValue()));
    }
    return TensorMap.of(out);
  }

  static Tensor toTensor(OnnxValue v) throws OrtException {
    if (v instanceof OnnxTensor t) {
      return tensor(t);
    }
    if (v instanceof OnnxSequence s) {
      List<Object> items = new ArrayList<>();
      for (OnnxValue e : s.getValue()) {
        items.add(plain(e));
      }
      return Tensor.ofObjects(items.toArray(), items.size());
    }
    return Tensor.ofObjects(new Object[] {plain(v)});
  }

  private static Tensor tensor(OnnxTensor t) throws OrtException {
    long[] shape = t.getInfo().getShape();
    OnnxJavaType type = t.getInfo().type;
    // The shape and every array below are fresh copies out of native memory: the tensor takes them over.
    return switch (type) {
      case FLOAT, BFLOAT16 -> DataAccess.adopt(NumpyDtype.FLOAT32, shape, floats(t.getFloatBuffer()));
      case FLOAT16 -> DataAccess.adopt(NumpyDtype.FLOAT16, shape, floats(t.getFloatBuffer()));
      case DOUBLE -> DataAccess.adopt(NumpyDtype.FLOAT64, shape, doubles(t.getDoubleBuffer()));
      case INT64 -> DataAccess.adopt(NumpyDtype.INT64, shape, longs(t.getLongBuffer()));
      case INT32 -> DataAccess.adopt(NumpyDtype.INT32, shape, ints(t.getIntBuffer()));
      case INT16 -> DataAccess.adopt(NumpyDtype.INT16, shape, shorts(t.getShortBuffer()));
      case INT8 -> DataAccess.adopt(NumpyDtype.INT8, shape, bytes(t.getByteBuffer()));
      case UINT8 -> DataAccess.adopt(NumpyDtype.UINT8, shape, bytes(t.getByteBuffer()));
      case BOOL -> DataAccess.adopt(NumpyDtype.BOOL, shape, booleans(t.getByteBuffer()));
      case STRING -> DataAccess.adopt(NumpyDtype.STR, shape, flatStrings(t.getValue()));
      default -> throw new IllegalStateException("ONNX Runtime returned a tensor of type " + t.getInfo().onnxType
          + ", which its Java API cannot read");
    };
  }

  /** An element of a sequence or map, as a plain value. */
  private static Object plain(OnnxValue v) throws OrtException {
    if (v instanceof OnnxMap m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.getValue().forEach((k, x) -> out.put(String.valueOf(k), x));
      return out;
    }
    if (v instanceof OnnxSequence s) {
      List<Object> items = new ArrayList<>();
      for (OnnxValue e : s.getValue()) {
        items.add(plain(e));
      }
      return items;
    }
    return v.getValue();
  }

  static String numpyName(OnnxJavaType t) {
    return switch (t) {
      case FLOAT -> "float32";
      case DOUBLE -> "float64";
      case INT8 -> "int8";
      case INT16 -> "int16";
      case INT32 -> "int32";
      case INT64 -> "int64";
      case UINT8 -> "uint8";
      case BOOL -> "bool";
      case STRING -> "str";
      case FLOAT16 -> "float16";
      case BFLOAT16 -> "bfloat16";
      default -> t.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** A shape as Python prints a tuple: {@code (-1, 4)}, {@code (3,)}. */
  static String shape(long[] shape) {
    StringJoiner j = new StringJoiner(", ", "(", shape.length == 1 ? ",)" : ")");
    for (long d : shape) {
      j.add(Long.toString(d));
    }
    return j.toString();
  }

  private static float[] floats(FloatBuffer b) {
    if (owns(b, b.hasArray() ? b.array().length : -1)) {
      return b.array();
    }
    float[] a = new float[b.remaining()];
    b.get(a);
    return a;
  }

  private static double[] doubles(DoubleBuffer b) {
    if (owns(b, b.hasArray() ? b.array().length : -1)) {
      return b.array();
    }
    double[] a = new double[b.remaining()];
    b.get(a);
    return a;
  }

  private static long[] longs(LongBuffer b) {
    if (owns(b, b.hasArray() ? b.array().length : -1)) {
      return b.array();
    }
    long[] a = new long[b.remaining()];
    b.get(a);
    return a;
  }

  private static int[] ints(IntBuffer b) {
    if (owns(b, b.hasArray() ? b.array().length : -1)) {
      return b.array();
    }
    int[] a = new int[b.remaining()];
    b.get(a);
    return a;
  }

  private static short[] shorts(ShortBuffer b) {
    if (owns(b, b.hasArray() ? b.array().length : -1)) {
      return b.array();
    }
    short[] a = new short[b.remaining()];
    b.get(a);
    return a;
  }

  private static byte[] bytes(ByteBuffer b) {
    if (owns(b, b.hasArray() ? b.array().length : -1)) {
      return b.array();
    }
    byte[] a = new byte[b.remaining()];
    b.get(a);
    return a;
  }

  private static boolean[] booleans(ByteBuffer b) {
    boolean[] a = new boolean[b.remaining()];
    for (int i = 0; i < a.length; i++) {
      a[i] = b.get(b.position() + i) != 0;
    }
    return a;
  }

  /** Whether the buffer is a fresh heap copy whose whole array is its content. */
  private static boolean owns(Buffer b, int arrayLength) {
    return b.hasArray() && b.arrayOffset() == 0 && b.position() == 0 && b.remaining() == arrayLength;
  }

  private static String[] flatStrings(Object value) {
    List<String> out = new ArrayList<>();
    flatten(value, out);
    return out.toArray(new String[0]);
  }

  private static void flatten(Object v, List<String> out) {
    if (v instanceof String s) {
      out.add(s);
    } else if (v != null && v.getClass().isArray()) {
      int n = Array.getLength(v);
      for (int i = 0; i < n; i++) {
        flatten(Array.get(v, i), out);
      }
    }
  }
}
