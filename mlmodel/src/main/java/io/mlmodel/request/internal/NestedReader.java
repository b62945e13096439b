package io.mlmodel.request.internal;

import io.mlmodel.data.Tensor;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.PlainTensors;
import io.mlmodel.enforce.internal.Sink;
import io.mlmodel.signature.NumpyDtype;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Streams nested JSON arrays into one {@link Sink}, as {@code np.array(value, dtype)} would build
 * them: the first descent fixes the shape, every later sub-array must match it ({@code
 * inhomogeneous shape} otherwise). With {@link #readRow} the outermost dimension is implicit (one
 * call per row of an {@code instances} request). Not for dtype object, whose ragged arrays need
 * {@link PlainTensors}. Internal.
 */
final class NestedReader {
  private final NumpyDtype dtype;
  private final Sink sink;
  private final List<Long> dims = new ArrayList<>();
  private int rank = -1;
  private long rows;

  NestedReader(NumpyDtype dtype, Sink sink) {
    this.dtype = dtype;
    this.sink = sink;
  }

  /** Reads the whole array (or scalar) at the current token. */
  void readAll(JsonParser p) {
    read(p, 0);
  }

  /** Reads one element of an implicit outer dimension. */
  void readRow(JsonParser p) {
    if (dims.isEmpty()) {
      dims.add(-1L);
    }
    read(p, 1);
    rows++;
  }

  private void read(JsonParser p, int depth) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY) {
      if (rank >= 0 && depth >= rank) {
        throw ragged(depth);
      }
      boolean first = dims.size() == depth;
      if (first) {
        dims.add(-1L);
      }
      long count = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        read(p, depth + 1);
        count++;
      }
      if (count == 0 && rank < 0) {
        rank = depth + 1;
      }
      if (dims.get(depth) < 0) {
        dims.set(depth, count);
      } else if (dims.get(depth) != count) {
        throw ragged(depth);
      }
    } else {
      if (t == JsonToken.START_OBJECT) {
        throw new ConversionException("can not convert dict to " + dtype.numpyName());
      }
      if (rank < 0) {
        rank = depth;
      } else if (depth != rank) {
        throw ragged(Math.min(depth, rank));
      }
      PlainJson.feed(p, sink);
    }
  }

  private ConversionException ragged(int depth) {
    return new ConversionException("setting an array element with a sequence. The requested array has an"
        + " inhomogeneous shape after " + depth + " dimensions.");
  }

  /** The tensor read. */
  Tensor tensor() {
    if (dims.isEmpty() && rank < 0) {
      // No row at all: np.array([]) has shape (0,).
      return DataAccess.tensor(dtype, new long[] {0}, sink.storage());
    }
    if (!dims.isEmpty() && dims.get(0) == -1L) {
      dims.set(0, rows);
    }
    int r = rank < 0 ? dims.size() : rank;
    long[] shape = new long[r];
    for (int i = 0; i < r; i++) {
      shape[i] = i < dims.size() ? dims.get(i) : 0;
    }
    return DataAccess.tensor(dtype, shape, sink.storage());
  }
}
