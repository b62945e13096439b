package io.mlmodel.server;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;

/**
 * The values of a V2 tensor's {@code data}, checked against its {@code datatype}: a value the type
 * cannot hold is refused, not wrapped ({@code 300} as {@code INT8}), made infinite ({@code 1e300}
 * as {@code FP32}) or made zero ({@code 1e-50} as {@code FP32}), the library's safe mode applied to
 * V2 (numpy 2 refuses the out-of-range integers too). Stateless.
 */
final class V2Values {
  /** Below this magnitude a nonzero value becomes zero in float16 (half its smallest subnormal). */
  private static final double HALF_UNDERFLOW = 0x1p-25;
  private static final double HALF_MAX = 65504;

  private V2Values() {}

  /** The integer, within {@code type}'s range; a UINT64 above {@code Long.MAX_VALUE} as its bits. */
  static long integer(JsonNode n, String type, String key) {
    if (!n.isIntegralNumber()) {
      throw bad(key, type + " data must be integers: " + n);
    }
    long min = switch (type) {
      case "INT8" -> Byte.MIN_VALUE;
      case "INT16" -> Short.MIN_VALUE;
      case "INT32" -> Integer.MIN_VALUE;
      case "INT64" -> Long.MIN_VALUE;
      default -> 0;
    };
    long max = switch (type) {
      case "INT8" -> Byte.MAX_VALUE;
      case "UINT8" -> 255;
      case "INT16" -> Short.MAX_VALUE;
      case "UINT16" -> 65_535;
      case "INT32" -> Integer.MAX_VALUE;
      case "UINT32" -> 4_294_967_295L;
      default -> Long.MAX_VALUE;
    };
    if (n.canConvertToLong() && n.asLong() >= min && n.asLong() <= max) {
      return n.asLong();
    }
    BigInteger big = n.bigIntegerValue();
    if (type.equals("UINT64") && big.signum() > 0 && big.bitLength() <= 64) {
      return big.longValue();
    }
    throw bad(key, type + " data must be integers from " + min + " to "
        + (type.equals("UINT64") ? Long.toUnsignedString(-1L) : Long.toString(max)) + ": " + n);
  }

  /** The number, which {@code type} (FP16, FP32 or FP64) holds without it becoming infinite or zero. */
  static double floating(JsonNode n, String type, String key) {
    if (!n.isNumber()) {
      throw bad(key, "numeric data must be numbers: " + n);
    }
    double v = n.asDouble();
    // JSON here has no NaN or Infinity literals: a value that is not finite overflowed in parsing
    boolean infinite = !Double.isFinite(v) || switch (type) {
      case "FP16" -> Math.abs(v) > HALF_MAX;
      case "FP32" -> Float.isInfinite((float) v);
      default -> false;
    };
    boolean zero = v != 0 && switch (type) {
      case "FP16" -> Math.abs(v) <= HALF_UNDERFLOW;
      case "FP32" -> (float) v == 0;
      default -> false;
    };
    if (infinite || zero) {
      String value = Double.isFinite(v) ? n.toString() : "a number beyond float64's range";
      throw bad(key, type + " cannot hold " + value + " (it would become " + (infinite ? "infinite" : "zero") + ")");
    }
    return v;
  }

  /** A BOOL value: {@code true} or {@code false}. */
  static boolean bool(JsonNode n, String key) {
    if (!n.isBoolean()) {
      throw bad(key, "BOOL data must be true or false: " + n);
    }
    return n.asBoolean();
  }

  static InputException bad(String key, String problem) {
    return new InputException("bad-request", new Location(null, 0, 0, key), null, problem);
  }
}
