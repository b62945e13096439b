package io.mlmodel.onnx;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.platform.Fp16Conversions;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.signature.NumpyDtype;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * Direct memory for a numeric ONNX tensor, typed by the buffer its ONNX type is fed from: {@link
 * FloatBuffer} for float, {@link DoubleBuffer}, {@link LongBuffer}, {@link IntBuffer}, {@link
 * ShortBuffer} for int16, float16 and bfloat16, {@link ByteBuffer} for the byte-sized types and
 * bool. Copies a tensor's elements into it and makes the ONNX Runtime tensor that reads it in place.
 */
final class TensorMemory {
  private TensorMemory() {}

  /** Direct memory of its own for {@code n} elements of a numeric {@code type}, typed by the buffer the type is fed from. */
  static Buffer allocate(OnnxJavaType type, int n) {
    ByteBuffer b = ByteBuffer.allocateDirect(n * type.size).order(ByteOrder.nativeOrder());
    return switch (type) {
      case FLOAT -> b.asFloatBuffer();
      case DOUBLE -> b.asDoubleBuffer();
      case INT64 -> b.asLongBuffer();
      case INT32 -> b.asIntBuffer();
      case INT16, FLOAT16, BFLOAT16 -> b.asShortBuffer();
      default -> b;
    };
  }

  /**
   * Copies a {@linkplain OrtTensors#check checked} tensor's elements into {@code b} from index 0 (absolute
   * writes: the position and limit stay as they are), converting as the input's {@code type} needs.
   */
  static void fill(OnnxJavaType type, Tensor t, Buffer b) {
    Object data = DataAccess.storage(t);
    NumpyDtype d = t.dtype();
    int n = t.size();
    switch (type) {
      case FLOAT -> {
        FloatBuffer f = (FloatBuffer) b;
        if (d == NumpyDtype.FLOAT64) {
          double[] src = (double[]) data;
          for (int i = 0; i < n; i++) {
            f.put(i, (float) src[i]);
          }
        } else {
          f.put(0, (float[]) data);
        }
      }
      case DOUBLE -> ((DoubleBuffer) b).put(0, (double[]) data);
      case INT64 -> ((LongBuffer) b).put(0, (long[]) data);
      case INT32 -> ((IntBuffer) b).put(0, (int[]) data);
      case INT16 -> ((ShortBuffer) b).put(0, (short[]) data);
      case INT8, UINT8 -> ((ByteBuffer) b).put(0, (byte[]) data);
      case BOOL -> {
        ByteBuffer bytes = (ByteBuffer) b;
        boolean[] v = (boolean[]) data;
        for (int i = 0; i < n; i++) {
          bytes.put(i, v[i] ? (byte) 1 : (byte) 0);
        }
      }
      case FLOAT16, BFLOAT16 -> {
        ShortBuffer s = (ShortBuffer) b;
        float[] src = (float[]) data;
        boolean half = type == OnnxJavaType.FLOAT16;
        for (int i = 0; i < n; i++) {
          float f = src[i];
          s.put(i, half ? Fp16Conversions.floatToFp16(f) : Fp16Conversions.floatToBf16(f));
        }
      }
      default -> throw new IllegalArgumentException("not a numeric input type: " + type);
    }
  }

  /** A tensor over {@code b} (direct memory that ONNX Runtime reads in place) as a numeric {@code type}. */
  static OnnxTensor create(OrtEnvironment env, Buffer b, long[] shape, OnnxJavaType type) throws OrtException {
    return switch (type) {
      case FLOAT -> OnnxTensor.createTensor(env, (FloatBuffer) b, shape);
      case DOUBLE -> OnnxTensor.createTensor(env, (DoubleBuffer) b, shape);
      case INT64 -> OnnxTensor.createTensor(env, (LongBuffer) b, shape);
      case INT32 -> OnnxTensor.createTensor(env, (IntBuffer) b, shape);
      case INT16 -> OnnxTensor.createTensor(env, (ShortBuffer) b, shape);
      case FLOAT16, BFLOAT16 -> OnnxTensor.createTensor(env, (ShortBuffer) b, shape, type);
      default -> OnnxTensor.createTensor(env, (ByteBuffer) b, shape, type);
    };
  }
}
