package io.mlmodel.enforce.internal;

import io.mlmodel.signature.ColumnType;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.NumpyDtype;
import org.jspecify.annotations.Nullable;

/** Chooses the {@link Sink} for a target type. */
public final class Sinks {
  private Sinks() {}

  /**
   * The sink converting to {@code dtype}.
   *
   * @param mlflow MLflow's lossy conversions instead of the safe ones
   * @param decodeBase64 whether strings for bytes are base64 text
   */
  public static Sink forDtype(NumpyDtype dtype, boolean mlflow, boolean decodeBase64) {
    switch (dtype.kind()) {
      case 'b':
        return new BoolSink(mlflow);
      case 'i':
      case 'u':
        return new IntegerSink(dtype, mlflow);
      case 'f':
        if (dtype != NumpyDtype.FLOAT128) {
          return new FloatingSink(dtype, mlflow);
        }
        break;
      case 'U':
        return new TextSink(mlflow);
      case 'S':
        return new BytesSink(decodeBase64);
      case 'O':
        return new PlainSink();
      case 'M':
        return new DateTimeSink(dtype, mlflow);
      default:
        break;
    }
    throw new ConversionException("numpy dtype " + dtype.numpyName() + " is not supported by this library");
  }

  /** The sink for a column of {@code type}; null type means "infer as pandas does". */
  public static Sink forType(@Nullable ColumnType type, boolean mlflow, boolean decodeBase64) {
    if (type == null) {
      return new InferSink();
    }
    if (type instanceof DataType d) {
      return forDtype(d.numpyDtype(), mlflow, decodeBase64);
    }
    return new PlainSink();
  }

  /** numpy's spelling of the dtype of a DataType in MLflow's messages: {@code int32}, {@code <U0}. */
  static String numpyRepr(DataType t) {
    switch (t) {
      case BOOLEAN:
        return "bool";
      case STRING:
        return "<U0";
      case BINARY:
        return "|S0";
      case DATETIME:
        return "<M8[ns]";
      default:
        return t.numpyDtype().numpyName();
    }
  }
}
