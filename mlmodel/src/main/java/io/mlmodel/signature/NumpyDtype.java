package io.mlmodel.signature;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every numpy dtype a {@link TensorSpec} can have: the ones MLflow writes (numpy's canonical {@code
 * dtype.name}, {@link #numpyName()}) and, through {@link #fromName(String)}, every spelling {@code
 * np.dtype(...)} (numpy 1.24, 64-bit Linux) accepts for them: {@code float}, {@code f8}, {@code
 * <f8}, {@code double}, {@code int}, {@code U}, {@code O}, {@code M8[ns]}, ...
 *
 * <p>{@code datetime64} and {@code timedelta64} come generic and with each of numpy's units
 * ({@code datetime64[ns]} is {@link #DATETIME64_NS}; minutes are {@code _MIN}, months {@code _M}).
 * Flexible types with a size ({@code <U10}, {@code S5}) are not dtypes MLflow accepts.
 *
 * <p>{@link #javaType()} is the Java class an element is best held in. Unsigned 64-bit integers are
 * held in a {@code long} as unsigned bits; {@code float16} widens to {@code float}; {@code
 * float128} has no primitive and maps to {@link BigDecimal}; complex numbers map to a {@code
 * float[]}/{@code double[]}/{@code BigDecimal[]} pair (real, imaginary).
 */
public enum NumpyDtype {
  /** numpy {@code bool}: true or false (one byte each), held in a {@link Boolean}. */
  BOOL("bool", 'b', 1, Boolean.class),
  /** numpy {@code int8}: signed 8-bit integers, held in a {@link Byte}. */
  INT8("int8", 'i', 1, Byte.class),
  /** numpy {@code int16}: signed 16-bit integers, held in a {@link Short}. */
  INT16("int16", 'i', 2, Short.class),
  /** numpy {@code int32}: signed 32-bit integers, held in an {@link Integer}. */
  INT32("int32", 'i', 4, Integer.class),
  /** numpy {@code int64}: signed 64-bit integers, held in a {@link Long}. */
  INT64("int64", 'i', 8, Long.class),
  /** numpy {@code uint8}: unsigned 8-bit integers, held in a {@link Short}. */
  UINT8("uint8", 'u', 1, Short.class),
  /** numpy {@code uint16}: unsigned 16-bit integers, held in an {@link Integer}. */
  UINT16("uint16", 'u', 2, Integer.class),
  /** numpy {@code uint32}: unsigned 32-bit integers, held in a {@link Long}. */
  UINT32("uint32", 'u', 4, Long.class),
  /** numpy {@code uint64}: unsigned 64-bit integers, held in a {@link Long} as unsigned bits. */
  UINT64("uint64", 'u', 8, Long.class),
  /** numpy {@code float16}: half-precision floats, widened to a {@link Float}. */
  FLOAT16("float16", 'f', 2, Float.class),
  /** numpy {@code float32}: single-precision floats, held in a {@link Float}. */
  FLOAT32("float32", 'f', 4, Float.class),
  /** numpy {@code float64}: double-precision floats, held in a {@link Double}. */
  FLOAT64("float64", 'f', 8, Double.class),
  /** numpy {@code float128}: C {@code long double} (16 bytes), held in a {@link BigDecimal}. */
  FLOAT128("float128", 'f', 16, BigDecimal.class),
  /** numpy {@code complex64}: two {@code float32} (real, imaginary), in a {@code float[]}. */
  COMPLEX64("complex64", 'c', 8, float[].class),
  /** numpy {@code complex128}: two {@code float64} (real, imaginary), in a {@code double[]}. */
  COMPLEX128("complex128", 'c', 16, double[].class),
  /** numpy {@code complex256}: two {@code float128} (real, imaginary), in a {@code BigDecimal[]}. */
  COMPLEX256("complex256", 'c', 32, BigDecimal[].class),
  /** numpy {@code str}: Unicode text of any length ({@code dtype.kind} {@code U}). */
  STR("str", 'U', 0, String.class),
  /** numpy {@code bytes}: byte strings of any length ({@code dtype.kind} {@code S}). */
  BYTES("bytes", 'S', 0, byte[].class),
  /** numpy {@code object}: references to arbitrary Python objects. */
  OBJECT("object", 'O', 8, Object.class),
  /** numpy {@code datetime64} without a unit (generic). */
  DATETIME64("datetime64", 'M', 8, LocalDateTime.class),
  /** numpy {@code datetime64[Y]}: dates and times in years. */
  DATETIME64_Y("datetime64[Y]", 'M', 8, LocalDateTime.class),
  /** numpy {@code datetime64[M]}: dates and times in months. */
  DATETIME64_M("datetime64[M]", 'M', 8, LocalDateTime.class),
  /** numpy {@code datetime64[W]}: dates and times in weeks. */
  DATETIME64_W("datetime64[W]", 'M', 8, LocalDateTime.class),
  /** numpy {@code datetime64[D]}: dates and times in days. */
  DATETIME64_D("datetime64[D]", 'M', 8, LocalDateTime.class),
  /** numpy {@code datetime64[h]}: dates and times in hours. */
  DATETIME64_H("datetime64[h]", 'M', 8, LocalDateTime.class),
  /** numpy {@code datetime64[m]}: dates and times in minutes. */
  DATETIME64_MIN("datetime64[m]", 'M', 8, LocalDateTime.class),
  /** numpy {@code datetime64[s]}: dates and times in seconds. */
  DATETIME64_S("datetime64[s]", 'M', 8, LocalDateTime.class),
  /** numpy {@code datetime64[ms]}: dates and times in milliseconds. */
  DATETIME64_MS("datetime64[ms]", 'M', 8, LocalDateTime.class),
  /** numpy {@code datetime64[us]}: dates and times in microseconds. */
  DATETIME64_US("datetime64[us]", 'M', 8, LocalDateTime.class),
  /** numpy {@code datetime64[ns]}: dates and times in nanoseconds, MLflow's {@code datetime}. */
  DATETIME64_NS("datetime64[ns]", 'M', 8, LocalDateTime.class),
  /** numpy {@code datetime64[ps]}: dates and times in picoseconds. */
  DATETIME64_PS("datetime64[ps]", 'M', 8, LocalDateTime.class),
  /** numpy {@code datetime64[fs]}: dates and times in femtoseconds. */
  DATETIME64_FS("datetime64[fs]", 'M', 8, LocalDateTime.class),
  /** numpy {@code datetime64[as]}: dates and times in attoseconds. */
  DATETIME64_AS("datetime64[as]", 'M', 8, LocalDateTime.class),
  /** numpy {@code timedelta64} without a unit (generic). */
  TIMEDELTA64("timedelta64", 'm', 8, Duration.class),
  /** numpy {@code timedelta64[Y]}: durations in years. */
  TIMEDELTA64_Y("timedelta64[Y]", 'm', 8, Duration.class),
  /** numpy {@code timedelta64[M]}: durations in months. */
  TIMEDELTA64_M("timedelta64[M]", 'm', 8, Duration.class),
  /** numpy {@code timedelta64[W]}: durations in weeks. */
  TIMEDELTA64_W("timedelta64[W]", 'm', 8, Duration.class),
  /** numpy {@code timedelta64[D]}: durations in days. */
  TIMEDELTA64_D("timedelta64[D]", 'm', 8, Duration.class),
  /** numpy {@code timedelta64[h]}: durations in hours. */
  TIMEDELTA64_H("timedelta64[h]", 'm', 8, Duration.class),
  /** numpy {@code timedelta64[m]}: durations in minutes. */
  TIMEDELTA64_MIN("timedelta64[m]", 'm', 8, Duration.class),
  /** numpy {@code timedelta64[s]}: durations in seconds. */
  TIMEDELTA64_S("timedelta64[s]", 'm', 8, Duration.class),
  /** numpy {@code timedelta64[ms]}: durations in milliseconds. */
  TIMEDELTA64_MS("timedelta64[ms]", 'm', 8, Duration.class),
  /** numpy {@code timedelta64[us]}: durations in microseconds. */
  TIMEDELTA64_US("timedelta64[us]", 'm', 8, Duration.class),
  /** numpy {@code timedelta64[ns]}: durations in nanoseconds. */
  TIMEDELTA64_NS("timedelta64[ns]", 'm', 8, Duration.class),
  /** numpy {@code timedelta64[ps]}: durations in picoseconds. */
  TIMEDELTA64_PS("timedelta64[ps]", 'm', 8, Duration.class),
  /** numpy {@code timedelta64[fs]}: durations in femtoseconds. */
  TIMEDELTA64_FS("timedelta64[fs]", 'm', 8, Duration.class),
  /** numpy {@code timedelta64[as]}: durations in attoseconds. */
  TIMEDELTA64_AS("timedelta64[as]", 'm', 8, Duration.class);

  private static final Map<String, NumpyDtype> SPELLINGS = new HashMap<>();
  /** A numpy type string: optional byte order, a kind or type code, an optional size or unit. */
  private static final Pattern TYPESTR =
      Pattern.compile("[<>=|]?([?bBhHiIlLqQpPefdgFDGOUSaMmc]|b1|i[1248]|u[1248]|f(?:2|4|8|16)"
          + "|c(?:8|16|32)|O8|[USa]\\d+|[Mm]8?(?:\\[\\w+])?)");
  private static final Pattern UNIT = Pattern.compile("(datetime64|timedelta64|M8?|m8?)\\[(\\w+)]");

  static {
    for (NumpyDtype d : values()) {
      SPELLINGS.put(d.numpyName, d);
    }
    alias(BOOL, "?", "b1", "bool_", "bool8");
    alias(INT8, "b", "i1", "byte");
    alias(INT16, "h", "i2", "short");
    alias(INT32, "i", "i4", "intc");
    alias(INT64, "l", "q", "p", "i8", "int", "int_", "intp", "int0", "long", "longlong");
    alias(UINT8, "B", "u1", "ubyte");
    alias(UINT16, "H", "u2", "ushort");
    alias(UINT32, "I", "u4", "uintc");
    alias(UINT64, "L", "Q", "P", "u8", "uint", "uintp", "uint0", "ulong", "ulonglong");
    alias(FLOAT16, "e", "f2", "half");
    alias(FLOAT32, "f", "f4", "single");
    alias(FLOAT64, "d", "f8", "double", "float", "float_");
    alias(FLOAT128, "g", "f16", "longdouble", "longfloat");
    alias(COMPLEX64, "F", "c8", "csingle", "singlecomplex");
    alias(COMPLEX128, "D", "c16", "cdouble", "complex", "complex_", "cfloat");
    alias(COMPLEX256, "G", "c32", "clongdouble", "clongfloat", "longcomplex");
    alias(STR, "U", "U0", "str_", "str0", "unicode", "unicode_");
    alias(BYTES, "S", "S0", "a", "a0", "bytes_", "bytes0", "string_");
    alias(OBJECT, "O", "O8", "object_", "object0");
    alias(DATETIME64, "M", "M8");
    alias(TIMEDELTA64, "m", "m8");
  }

  private final String numpyName;
  private final char kind;
  private final int itemSize;
  private final Class<?> javaType;

  NumpyDtype(String numpyName, char kind, int itemSize, Class<?> javaType) {
    this.numpyName = numpyName;
    this.kind = kind;
    this.itemSize = itemSize;
    this.javaType = javaType;
  }

  private static void alias(NumpyDtype d, String... names) {
    for (String n : names) {
      SPELLINGS.put(n, d);
    }
  }

  /**
   * numpy's canonical {@code dtype.name}, the string MLflow writes: {@code float64}, {@code str}.
   *
   * @return the canonical name; for a unit, with it in brackets: {@code datetime64[ns]}
   */
  public String numpyName() {
    return numpyName;
  }

  /**
   * numpy's {@code dtype.kind}: {@code b i u f c U S O M m}.
   *
   * @return the one-letter kind: {@code b} bool, {@code i} signed, {@code u} unsigned, {@code f}
   *     float, {@code c} complex, {@code U} str, {@code S} bytes, {@code O} object, {@code M}
   *     datetime64, {@code m} timedelta64
   */
  public char kind() {
    return kind;
  }

  /**
   * Bytes per element ({@code dtype.itemsize}); 0 for the unsized {@code str} and {@code bytes}.
   *
   * @return numpy's item size in bytes: 1 to 32, 8 for {@code object} (a pointer) and for every
   *     {@code datetime64} and {@code timedelta64}, 0 for {@code str} and {@code bytes}
   */
  public int bytesPerElement() {
    return itemSize;
  }

  /**
   * The Java class an element is best held in (see the class comment).
   *
   * @return a boxed class such as {@code Integer.class}, an array class for complex numbers and
   *     {@code bytes}, {@code LocalDateTime.class} for {@code datetime64}, {@code Duration.class}
   *     for {@code timedelta64}, {@code Object.class} for {@code object}
   */
  public Class<?> javaType() {
    return javaType;
  }

  /**
   * The dtype {@code np.dtype(name)} gives, or empty when MLflow would not accept {@code name}.
   *
   * @param name a numpy spelling: a name ({@code float64}, {@code double}), a type code ({@code
   *     d}), a type string with an optional byte order ({@code <f8}) or a unit ({@code M8[ns]})
   * @return the dtype, or empty for an unknown spelling and for a flexible type with a size
   *     ({@code <U10})
   */
  public static Optional<NumpyDtype> fromName(String name) {
    try {
      return Optional.of(parse(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads a numpy dtype spelling; throws {@link IllegalArgumentException} with the reason (unknown,
   * or a flexible type with a size) otherwise.
   */
  static NumpyDtype parse(String spelling) {
    String name = spelling;
    NumpyDtype d = SPELLINGS.get(name);
    if (d != null) {
      return d;
    }
    Matcher typestr = TYPESTR.matcher(name);
    if (typestr.matches()) {
      String code = typestr.group(1);
      d = SPELLINGS.get(code);
      if (d != null) {
        return d;
      }
      char c = code.charAt(0);
      if ((c == 'U' || c == 'S' || c == 'a') && code.length() > 1 || c == 'c' && code.length() == 1) {
        String base = c == 'U' ? "str" : "bytes";
        throw new IllegalArgumentException("numpy dtype '" + spelling + "' has a size; MLflow does not"
            + " support size information in flexible numpy data types (use '" + base + "')");
      }
      name = code;
    }
    Matcher unit = UNIT.matcher(name);
    if (unit.matches()) {
      String base = unit.group(1).startsWith("d") || unit.group(1).startsWith("M") ? "datetime64" : "timedelta64";
      d = SPELLINGS.get(base + "[" + unit.group(2) + "]");
      if (d != null) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown numpy dtype '" + spelling + "'");
  }

  @Override
  public String toString() {
    return numpyName;
  }
}
