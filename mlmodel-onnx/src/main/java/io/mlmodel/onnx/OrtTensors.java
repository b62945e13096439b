package io.mlmodel.onnx;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.platform.Fp16Conversions;
import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.signature.NumpyDtype;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

/**
 * Turns a {@link Tensor} into the ONNX Runtime tensor an input of the graph needs. Numeric data is
 * copied once, into direct memory from {@link Scratch} that ONNX Runtime then reads in place. The
 * dtype must be the input's own, except that float64 data for a float input is narrowed, as
 * mlflow.onnx does (MLflow issue #1286), and float32 feeds float16 and bfloat16 inputs.
 */
final class OrtTensors {
  private OrtTensors() {}

  /** A graph input this predictor can feed, with its dimensions read once ({@code -1} where free). */
  record Input(String name, TensorInfo info, long[] dims) {
    static Input of(String name, TensorInfo info) {
      return new Input(name, info, info.getShape());
    }
  }

  static OnnxTensor toOnnx(OrtEnvironment env, Input input, Tensor t, Scratch scratch) throws OrtException {
    String name = input.name();
    TensorInfo info = input.info();
    // Read in place: ONNX Runtime copies the elements, and keeps the shape only until the tensor is closed.
    long[] shape = DataAccess.dims(t);
    Object data = DataAccess.storage(t);
    checkShape(name, shape, input.dims());
    NumpyDtype d = t.dtype();
    int n = t.size();
    if (info.type != OnnxJavaType.STRING) {
      checkBytes(name, n, info.type.size);
    }
    switch (info.type) {
      case FLOAT:
        if (d == NumpyDtype.FLOAT32 || d == NumpyDtype.FLOAT16) {
          FloatBuffer b = scratch.floats(n);
          b.put((float[]) data).rewind();
          return OnnxTensor.createTensor(env, b, shape);
        }
        if (d == NumpyDtype.FLOAT64) {
          FloatBuffer b = scratch.floats(n);
          double[] src = (double[]) data;
          for (int i = 0; i < n; i++) {
            b.put(i, (float) src[i]);
          }
          return OnnxTensor.createTensor(env, b, shape);
        }
        break;
      case DOUBLE:
        if (d == NumpyDtype.FLOAT64) {
          var b = scratch.doubles(n);
          b.put((double[]) data).rewind();
          return OnnxTensor.createTensor(env, b, shape);
        }
        break;
      case INT64:
        if (d == NumpyDtype.INT64) {
          var b = scratch.longs(n);
          b.put((long[]) data).rewind();
          return OnnxTensor.createTensor(env, b, shape);
        }
        break;
      case INT32:
        if (d == NumpyDtype.INT32) {
          var b = scratch.ints(n);
          b.put((int[]) data).rewind();
          return OnnxTensor.createTensor(env, b, shape);
        }
        break;
      case INT16:
        if (d == NumpyDtype.INT16) {
          var b = scratch.take(2 * n).asShortBuffer();
          b.put((short[]) data).rewind();
          return OnnxTensor.createTensor(env, b, shape);
        }
        break;
      case INT8:
      case UINT8:
        if (d == (info.type == OnnxJavaType.INT8 ? NumpyDtype.INT8 : NumpyDtype.UINT8)) {
          ByteBuffer b = scratch.take(n);
          b.put((byte[]) data).rewind();
          return OnnxTensor.createTensor(env, b, shape, info.type);
        }
        break;
      case BOOL:
        if (d == NumpyDtype.BOOL) {
          ByteBuffer b = scratch.take(n);
          boolean[] v = (boolean[]) data;
          for (int i = 0; i < n; i++) {
            b.put(i, v[i] ? (byte) 1 : (byte) 0);
          }
          return OnnxTensor.createTensor(env, b, shape, OnnxJavaType.BOOL);
        }
        break;
      case STRING:
        if (d == NumpyDtype.STR) {
          return OnnxTensor.createTensor(env, t.toStringArray(), shape);
        }
        if (d == NumpyDtype.OBJECT) {
          return OnnxTensor.createTensor(env, strings(name, t.toObjectArray()), shape);
        }
        break;
      case FLOAT16:
      case BFLOAT16:
        if (d == NumpyDtype.FLOAT32 || d == NumpyDtype.FLOAT16) {
          var b = scratch.take(2 * n).asShortBuffer();
          float[] src = (float[]) data;
          boolean half = info.type == OnnxJavaType.FLOAT16;
          for (int i = 0; i < n; i++) {
            float f = src[i];
            b.put(i, half ? Fp16Conversions.floatToFp16(f) : Fp16Conversions.floatToBf16(f));
          }
          return OnnxTensor.createTensor(env, b, shape, info.type);
        }
        break;
      default:
        throw new InputException("schema-mismatch", at(name), name, "the ONNX model's input '" + name
            + "' has type " + info.onnxType + ", which ONNX Runtime's Java API cannot feed");
    }
    throw new InputException("schema-mismatch", at(name), name, "Unexpected input data type for '" + name
        + "'. Actual: " + d.numpyName() + ", expected: " + OrtOutputs.numpyName(info.type));
  }

  private static String[] strings(String name, Object[] values) {
    String[] s = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] instanceof String str)) {
        throw new InputException("schema-mismatch", at(name), name, "the ONNX model's input '" + name
            + "' takes strings, but element " + i + " is " + (values[i] == null ? "None" : values[i]));
      }
      s[i] = str;
    }
    return s;
  }

  /** A native buffer is indexed by int: a tensor of 2 GiB or more cannot be fed in one piece. */
  static void checkBytes(String name, int elements, int bytesPerElement) {
    long bytes = (long) elements * bytesPerElement;
    if (bytes > Integer.MAX_VALUE) {
      throw new InputException("limit", at(name), name, "the input '" + name + "' needs " + bytes
          + " bytes of native memory; ONNX Runtime's Java API feeds at most 2147483647 bytes per tensor");
    }
  }

  private static void checkShape(String name, long[] shape, long[] want) {
    boolean ok = want.length == shape.length;
    for (int i = 0; ok && i < want.length; i++) {
      ok = want[i] < 0 || want[i] == shape[i];
    }
    if (!ok) {
      throw new InputException("schema-mismatch", at(name), name, "Shape of input " + OrtOutputs.shape(shape)
          + " for '" + name + "' does not match the ONNX model's shape " + OrtOutputs.shape(want) + ".");
    }
  }

  static Location at(String name) {
    return Location.UNKNOWN.withKeyPath(name);
  }
}
