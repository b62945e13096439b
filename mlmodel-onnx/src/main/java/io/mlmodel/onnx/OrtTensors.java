package io.mlmodel.onnx;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.signature.NumpyDtype;
import java.nio.Buffer;

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
    // Read in place: ONNX Runtime copies the elements, and keeps the shape only until the tensor is closed.
    long[] shape = DataAccess.dims(t);
    check(input, t);
    OnnxJavaType type = input.info().type;
    if (type == OnnxJavaType.STRING) {
      return t.dtype() == NumpyDtype.STR ? OnnxTensor.createTensor(env, t.toStringArray(), shape)
          : OnnxTensor.createTensor(env, strings(input.name(), t.toObjectArray()), shape);
    }
    Buffer b = view(type, t.size(), scratch);
    TensorMemory.fill(type, t, b);
    return TensorMemory.create(env, b, shape, type);
  }

  /**
   * Checks that {@code t} can feed {@code input}: its shape fits the input's, its dtype is one the
   * input takes, and its data fits a native buffer.
   *
   * @throws InputException when it cannot, with the message a prediction reports
   */
  static void check(Input input, Tensor t) {
    String name = input.name();
    TensorInfo info = input.info();
    checkShape(name, DataAccess.dims(t), input.dims());
    if (info.type != OnnxJavaType.STRING) {
      checkBytes(name, t.size(), info.type.size);
    }
    NumpyDtype d = t.dtype();
    boolean ok = switch (info.type) {
      case FLOAT -> d == NumpyDtype.FLOAT32 || d == NumpyDtype.FLOAT16 || d == NumpyDtype.FLOAT64;
      case DOUBLE -> d == NumpyDtype.FLOAT64;
      case INT64 -> d == NumpyDtype.INT64;
      case INT32 -> d == NumpyDtype.INT32;
      case INT16 -> d == NumpyDtype.INT16;
      case INT8 -> d == NumpyDtype.INT8;
      case UINT8 -> d == NumpyDtype.UINT8;
      case BOOL -> d == NumpyDtype.BOOL;
      case STRING -> d == NumpyDtype.STR || d == NumpyDtype.OBJECT;
      case FLOAT16, BFLOAT16 -> d == NumpyDtype.FLOAT32 || d == NumpyDtype.FLOAT16;
      default -> throw new InputException("schema-mismatch", at(name), name, "the ONNX model's input '" + name
          + "' has type " + info.onnxType + ", which ONNX Runtime's Java API cannot feed");
    };
    if (!ok) {
      throw new InputException("schema-mismatch", at(name), name, "Unexpected input data type for '" + name
          + "'. Actual: " + d.numpyName() + ", expected: " + OrtOutputs.numpyName(info.type));
    }
  }

  /** This thread's scratch memory for {@code n} elements of a numeric {@code type}, typed as {@link TensorMemory} types it. */
  private static Buffer view(OnnxJavaType type, int n, Scratch scratch) {
    return switch (type) {
      case FLOAT -> scratch.floats(n);
      case DOUBLE -> scratch.doubles(n);
      case INT64 -> scratch.longs(n);
      case INT32 -> scratch.ints(n);
      case INT16, FLOAT16, BFLOAT16 -> scratch.take(2 * n).asShortBuffer();
      default -> scratch.take(n);
    };
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
