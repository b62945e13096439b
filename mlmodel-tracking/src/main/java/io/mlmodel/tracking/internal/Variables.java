package io.mlmodel.tracking.internal;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** MLflow's environment variables, parsed as MLflow's {@code environment_variables.py} parses them. */
public final class Variables {
  private final Function<String, @Nullable String> lookup;

  public Variables(Function<String, @Nullable String> lookup) {
    this.lookup = lookup;
  }

  /** The process environment. */
  public static Variables system() {
    return new Variables(System::getenv);
  }

  public Function<String, @Nullable String> lookup() {
    return lookup;
  }

  /** The value, or null when unset; MLflow treats an empty value as set, and so do we. */
  public @Nullable String get(String name) {
    return lookup.apply(name);
  }

  /** {@code _BooleanEnvironmentVariable}: true, false, 1, 0 in any case; anything else is an error. */
  public boolean bool(String name, boolean fallback) {
    String v = get(name);
    if (v == null) {
      return fallback;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (!lower.equals("true") && !lower.equals("false") && !lower.equals("1") && !lower.equals("0")) {
      throw bad(name + " value must be one of ['true', 'false', '1', '0'] (case-insensitive), but got " + v);
    }
    return lower.equals("true") || lower.equals("1");
  }

  /** An int variable, as Python's {@code int(value)} reads it. */
  public int integer(String name, int fallback) {
    long n = longInteger(name, fallback);
    if (n != (int) n) {
      throw bad(name + " must be an integer, but got '" + get(name) + "'");
    }
    return (int) n;
  }

  /** A long variable (a size in bytes), as Python's {@code int(value)} reads it. */
  public long longInteger(String name, long fallback) {
    String v = get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw bad(name + " must be an integer, but got '" + v + "'");
    }
  }

  /** A count or a number of seconds or bytes: an integer of 0 or more (a negative one is an error, not "none"). */
  public long nonNegative(String name, long fallback) {
    long n = longInteger(name, fallback);
    if (n < 0) {
      throw bad(name + " must be 0 or more, but got '" + get(name) + "'");
    }
    return n;
  }

  /** A float variable, as Python's {@code float(value)} reads it. */
  public double decimal(String name, double fallback) {
    String v = get(name);
    if (v == null) {
      return fallback;
    }
    try {
      double d = Double.parseDouble(v.strip());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw bad(name + " must be a number, but got '" + v + "'");
    }
  }

  static ModelException bad(String problem) {
    return new ModelException("bad-setting", Location.UNKNOWN, problem);
  }
}
