package io.mlmodel.enforce.internal;

import io.mlmodel.data.BinaryColumn;
import io.mlmodel.data.BooleanColumn;
import io.mlmodel.data.Column;
import io.mlmodel.data.DateTimeColumn;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.data.StringColumn;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.signature.DataType;

/**
 * MLflow's {@code _enforce_mlflow_datatype}: checks one column against a scalar {@link DataType}
 * and converts it, following the outcome matrix of format reference §5.3 (same dtype passes;
 * widening int32 to int64 or to float64 and float32 to float64; int64 to float only when every value
 * is 0 or 1; object columns inferred first; numeric text to double). Everything else fails with
 * MLflow's {@code Incompatible input types for column c. Can not safely convert <from> to <to>.}
 *
 * <p>Where MLflow lets an object column through unchecked (strings for a boolean column, anything
 * for a string or binary column), safe mode converts what is lossless and refuses the rest; MLflow
 * mode converts as Python would. Throws {@link ConversionException}. Internal.
 */
public final class ScalarEnforcer {
  private ScalarEnforcer() {}

  static Column enforce(Column c, DataType t, EnforcementOptions options) {
    boolean mlflow = options.mlflowCompatible();
    Column col = c;
    if (col instanceof ObjectColumn o && t != DataType.STRING && t != DataType.BINARY) {
      col = InferSink.infer(o.name(), DataAccess.array(o));
    }
    switch (t) {
      case BOOLEAN:
        if (col instanceof BooleanColumn) {
          return col;
        }
        if (isObject(col) && mlflow) {
          return cast(col, new BoolSink(true));
        }
        break;
      case INTEGER:
        if (col instanceof IntColumn) {
          return col;
        }
        break;
      case LONG:
        if (col instanceof LongColumn) {
          return col;
        }
        if (col instanceof IntColumn i) {
          return cast(i, new IntegerSink(DataType.LONG.numpyDtype(), false));
        }
        break;
      case FLOAT:
        if (col instanceof FloatColumn) {
          return col;
        }
        if (col instanceof LongColumn l && zeroOrOne(l)) {
          return cast(l, new FloatingSink(DataType.FLOAT.numpyDtype(), true));
        }
        break;
      case DOUBLE:
        if (col instanceof DoubleColumn) {
          return col;
        }
        if (col instanceof FloatColumn || col instanceof IntColumn || col instanceof LongColumn l && zeroOrOne(l)) {
          return cast(col, new FloatingSink(DataType.DOUBLE.numpyDtype(), true));
        }
        if (isObject(col)) {
          try {
            return cast(col, new FloatingSink(DataType.DOUBLE.numpyDtype(), true));
          } catch (ConversionException e) {
            throw new ConversionException("Failed to convert column " + c.name() + " from type object to double. "
                + e.getMessage());
          }
        }
        break;
      case STRING:
        if (col instanceof StringColumn) {
          return col;
        }
        if (isObject(col)) {
          return castOrExplain(c, col, new TextSink(mlflow), t);
        }
        break;
      case BINARY:
        if (col instanceof BinaryColumn) {
          return col;
        }
        if (isObject(col)) {
          return castOrExplain(c, col, new BytesSink(!mlflow), t);
        }
        break;
      case DATETIME:
        if (col instanceof DateTimeColumn) {
          return col;
        }
        if (col instanceof StringColumn || col instanceof ObjectColumn) {
          try {
            return cast(col, new DateTimeSink(DataType.DATETIME.numpyDtype(), false));
          } catch (ConversionException e) {
            throw new ConversionException("Failed to convert column " + c.name() + " from type object to datetime: "
                + e.getMessage());
          }
        }
        break;
      default:
        break;
    }
    throw new ConversionException(incompatible(c.name(), col, t));
  }

  private static Column castOrExplain(Column original, Column col, Sink sink, DataType t) {
    try {
      return cast(col, sink);
    } catch (ConversionException e) {
      throw new ConversionException(incompatible(original.name(), col, t) + " " + capitalize(e.getMessage()) + ".");
    }
  }

  static String incompatible(String name, Column col, DataType t) {
    String msg = "Incompatible input types for column " + name + ". Can not safely convert " + col.dtypeName()
        + " to " + Sinks.numpyRepr(t) + ".";
    if ((t == DataType.INTEGER || t == DataType.LONG) && col instanceof DoubleColumn d && integralWithNaN(d)) {
      msg += " Hint: the type mismatch is likely caused by missing values. Integer columns in python can not"
          + " represent missing values and are therefore encoded as floats. The best way to avoid this problem is"
          + " to infer the model schema based on a realistic data sample (training dataset) that includes missing"
          + " values. Alternatively, you can declare integer columns as doubles (float64) whenever these columns"
          + " may have missing values.";
    }
    return msg;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static boolean isObject(Column c) {
    return c instanceof StringColumn || c instanceof BinaryColumn || c instanceof ObjectColumn
        || c instanceof BooleanColumn b && b.hasMissing();
  }

  private static boolean zeroOrOne(LongColumn l) {
    for (long v : DataAccess.array(l)) {
      if (v != 0 && v != 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean integralWithNaN(DoubleColumn d) {
    boolean nan = false;
    for (double v : DataAccess.array(d)) {
      if (Double.isNaN(v)) {
        nan = true;
      } else if (v != Math.rint(v)) {
        return false;
      }
    }
    return nan;
  }

  /** Feeds every value of {@code c} to {@code sink}, without boxing for the primitive kinds. */
  public static Column cast(Column c, Sink sink) {
    int n = c.size();
    if (c instanceof DoubleColumn d) {
      for (double v : DataAccess.array(d)) {
        sink.addDouble(v);
      }
    } else if (c instanceof FloatColumn f) {
      for (float v : DataAccess.array(f)) {
        sink.addDouble(v);
      }
    } else if (c instanceof LongColumn l) {
      for (long v : DataAccess.array(l)) {
        sink.addLong(v);
      }
    } else if (c instanceof IntColumn i) {
      for (int v : DataAccess.array(i)) {
        sink.addLong(v);
      }
    } else {
      for (int r = 0; r < n; r++) {
        sink.addValue(c.getObject(r));
      }
    }
    return sink.column(c.name());
  }
}
