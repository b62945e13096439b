package io.mlmodel.server;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The defaults of {@link ServerConfig} that depend on the environment or on other settings, and the
 * checks its builder makes, each failure an {@link IllegalArgumentException} naming the setting and
 * the value. Stateless.
 */
final class ServerDefaults {
  /** The default of {@link ServerConfig#maxConnections()}. */
  static final int MAX_CONNECTIONS = 4096;
  /** Names usable in URL paths. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private ServerDefaults() {}

  /** The default request timeout: MLflow's environment variable, else 60 s. */
  static Duration envTimeout(Map<String, String> env) {
    String v = env.get("MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT");
    if (v == null || v.isBlank()) {
      return Duration.ofSeconds(60);
    }
    try {
      long s = Long.parseLong(v.strip());
      if (s > 0) {
        return Duration.ofSeconds(s);
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw new IllegalArgumentException("MLFLOW_SCORING_SERVER_REQUEST_TIMEOUT must be a positive number of"
        + " seconds: '" + v + "'");
  }

  /**
   * {@link ServerConfig#maxBufferedBytes()}: the one given ({@code given} > 0), which must hold one
   * body of the limit, else the default.
   */
  static long maxBufferedBytes(long given, long maxRequestBytes, int maxInFlight) {
    if (given == 0) {
      return defaultMaxBufferedBytes(maxRequestBytes, maxInFlight, Runtime.getRuntime().maxMemory());
    }
    if (given < maxRequestBytes) {
      throw new IllegalArgumentException("maxBufferedBytes must be at least the body limit (maxRequestBytes, "
          + maxRequestBytes + "): " + given);
    }
    return given;
  }

  /**
   * The default of {@link ServerConfig#maxBufferedBytes()}: a quarter of the heap, so that bodies (held in
   * direct memory, whose default limit is the heap's size) and what is decoded from them fit, at
   * most what {@code maxInFlight} bodies of the largest size take, and at least one such body.
   */
  static long defaultMaxBufferedBytes(long maxRequestBytes, int maxInFlight, long maxHeap) {
    long all = maxRequestBytes > Long.MAX_VALUE / maxInFlight ? Long.MAX_VALUE : maxRequestBytes * maxInFlight;
    return Math.max(maxRequestBytes, Math.min(all, maxHeap / 4));
  }

  static String modelName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("model name must be letters, digits, '.', '_' or '-': '" + name + "'");
    }
    return name;
  }

  static int port(int value) {
    if (value < 0 || value > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535: " + value);
    }
    return value;
  }

  static int positive(int v, String what) {
    if (v <= 0) {
      throw new IllegalArgumentException(what + " must be positive: " + v);
    }
    return v;
  }

  static long positive(long v, String what) {
    if (v <= 0) {
      throw new IllegalArgumentException(what + " must be positive: " + v);
    }
    return v;
  }

  static Duration positive(Duration v, String what) {
    if (v.isZero() || v.isNegative()) {
      throw new IllegalArgumentException(what + " must be positive: " + v);
    }
    return v;
  }

  static Duration notNegative(Duration v, String what) {
    if (v.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + v);
    }
    return v;
  }
}
