package io.mlmodel.write;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Random and adversarial value trees for the differential test; deterministic per seed. */
final class RandomTrees {
  /** Strings that PyYAML must quote, escape, fold or leave alone for a reason. */
  static final List<String> ADVERSARIAL = List.of(
      "yes", "Yes", "YES", "no", "No", "NO", "y", "n", "Y", "N", "true", "True", "TRUE", "false",
      "False", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "", "nULL",
      "0", "00", "0123", "0128", "0x1F", "0x", "0b101", "0b2", "1_000", "_1", "190:20:30", "1:60",
      "-1", "+1", "-0", "1e3", "1E3", "1e+3", "1.0e+3", "1.5", "1.", ".5", ".", "1.2.3", "3.6.0",
      ".inf", ".Inf", "-.inf", "+.INF", ".nan", ".NaN", ".NAN", "-.nan", "inf", "nan", "1:30.5",
      "2024-01-01", "2024-1-1", "2024-01-01 10:00:00", "2024-1-1 1:02:03", "2025-11-20 09:15:42.123456",
      "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2001-12-14T21:59:43Z", "00:10",
      "<<", "<", "=", "==", "!", "&", "*", "-", "- a", "-a", "--", "---", "--- a", "...", "....",
      "?", "? x", "?x", ":", ": x", ":x", "a:", "a: b", "a:b", "a :b", "a #b", "a#b", "#x", "&a",
      "*a", "!x", "!!str", "|", "|-", ">", "'", "\"", "%", "@", "`", "[a]", "]", "{a}", "}", "a,b",
      "a, b", ",", " lead", "trail ", " ", "  ", "a  b", "a   b  c", "tab\there", "\t", "new\nline",
      "\n", "\n\n", "a\n", "\na", "a\n\nb", "a\n\n\nb", "a \nb", "a\n b", " a\nb", "a\nb ", "\r",
      "a\r\nb", "\u0085", "a\u2028b", "\u2029", "a\u0085b\u2028c\u2029d", "\ufeff", "\u00a0", "é",
      "café", "na\u00efve", "\u2603", "\ud83d\ude00", "a\ud83d\ude00b", "\ud83d\ude00 x", "\ud83d\ude00 \u00e9",
      "\u0000", "\u0007", "\u001b", "\u007f", "\u0080", "\u00ff", "\u0100", "\uffff", "\ue000",
      "back\\slash", "\\", "it's", "'quoted'", "say \"hi\"", "m-4f1c2d3e5a6b47c8a9b0c1d2e3f4a5b6",
      "file:///x/y", "http://a.b/c?d=e#f", "[{\"type\": \"double\", \"name\": \"x\"}]", "a'b\nc'd");

  private static final String[] WORDS = {"a", "bb", "model", "x1", "-", ":", "#", "'", "\"",
      "é", "\ud83d\ude00", "\t", "\n", "\\", "{", "}", "[", "]", ",", "?", "0", "1.5", "yes",
      "null", "\u2028", "\u0085", "~", "&", "*", "!", "%", "@", "`", "|", ">", "=", "<<"};

  private final Random random;
  private final List<Object> shareable = new ArrayList<>();

  private final boolean sets;

  RandomTrees(long seed) {
    this(seed, true);
  }

  /** Without sets when {@code sets} is false: Python iterates a set in hash order. */
  RandomTrees(long seed, boolean sets) {
    this.random = new Random(seed);
    this.sets = sets;
  }

  Object tree() {
    Map<Object, Object> root = new LinkedHashMap<>();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      root.put(stringKey(), value(0));
    }
    return root;
  }

  Object value(int depth) {
    int pick = random.nextInt(depth >= 4 ? 8 : 12);
    switch (pick) {
      case 0: case 1: case 2: return string();
      case 3: return random.nextInt(8) == 0 ? null : random.nextBoolean();
      case 4: return integer();
      case 5: return floating();
      case 6: return time();
      case 7: return random.nextInt(4) == 0 ? binary() : string();
      case 8: case 9: return list(depth + 1);
      case 10: return map(depth + 1);
      default:
        if (!shareable.isEmpty() && random.nextInt(3) == 0) {
          return shareable.get(random.nextInt(shareable.size()));
        }
        return sets && random.nextBoolean() ? set() : list(depth + 1);
    }
  }

  private Object list(int depth) {
    int n = random.nextInt(5);
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(value(depth));
    }
    remember(list);
    return list;
  }

  private Object map(int depth) {
    int n = random.nextInt(5);
    Map<Object, Object> map = new LinkedHashMap<>();
    int keyKind = random.nextInt(6);
    Set<Object> pythonKeys = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Object key = switch (random.nextInt(10) < 7 ? keyKind : random.nextInt(6)) {
        case 1 -> integer();
        case 2 -> random.nextInt(5) == 0 ? null : random.nextBoolean();
        case 3 -> finiteOrInfinite();
        case 4 -> time();
        default -> stringKey();
      };
      if (pythonKeys.add(pythonKey(key))) {
        map.put(key, value(depth));
      }
    }
    remember(map);
    return map;
  }

  private Object set() {
    Set<Object> set = new LinkedHashSet<>();
    int n = random.nextInt(4);
    boolean numbers = random.nextInt(3) == 0;
    for (int i = 0; i < n; i++) {
      set.add(numbers ? (Object) (long) random.nextInt(100) : stringKey());
    }
    return set;
  }

  /** Only non-empty ones: Java's empty collections are often one shared instance (List.of()). */
  private void remember(Object collection) {
    boolean empty = collection instanceof List<?> l ? l.isEmpty() : ((Map<?, ?>) collection).isEmpty();
    if (!empty && random.nextInt(4) == 0) {
      shareable.add(collection);
    }
  }

  /** Python's dict merges 1, 1.0 and True into one key; so must the generator. */
  private static Object pythonKey(Object key) {
    if (key instanceof Boolean b) {
      return b ? 1L : 0L;
    } else if (key instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e18) {
      return (long) d.doubleValue();
    }
    return key == null ? "\u0000null-key" : key;
  }

  String stringKey() {
    int pick = random.nextInt(10);
    if (pick < 4) {
      return ADVERSARIAL.get(random.nextInt(ADVERSARIAL.size()));
    } else if (pick == 4) {
      // around PyYAML's 128-character limit for simple keys, some with characters above U+FFFF
      String base = "k".repeat(115 + random.nextInt(12));
      return random.nextBoolean() ? base : base.substring(0, base.length() - 4) + "\ud83d\ude00\ud83d\ude00";
    }
    return words(1 + random.nextInt(4));
  }

  String string() {
    int pick = random.nextInt(10);
    if (pick < 4) {
      return ADVERSARIAL.get(random.nextInt(ADVERSARIAL.size()));
    } else if (pick < 7) {
      return words(1 + random.nextInt(6));
    } else if (pick < 9) {
      // long text with single and double spaces: folding at column 80
      StringBuilder b = new StringBuilder();
      int n = 20 + random.nextInt(60);
      for (int i = 0; i < n; i++) {
        b.append(random.nextInt(4) == 0 ? WORDS[random.nextInt(WORDS.length)] : "w" + "o".repeat(random.nextInt(9)));
        b.append(random.nextInt(8) == 0 ? "  " : " ");
      }
      return random.nextBoolean() ? b.toString().trim() : b.toString();
    }
    return "x".repeat(random.nextInt(100)) + ADVERSARIAL.get(random.nextInt(ADVERSARIAL.size()));
  }

  private String words(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(random.nextInt(5) == 0 ? "" : " ");
      }
      b.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  Object integer() {
    return switch (random.nextInt(6)) {
      case 0 -> (long) random.nextInt(10);
      case 1 -> random.nextLong();
      case 2 -> random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
      case 3 -> BigInteger.TWO.pow(64 + random.nextInt(100)).multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
      default -> (long) random.nextInt();
    };
  }

  static final double[] FLOATS = {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 0.93, 1e16, 1e15, 1e17, 1e-5,
      1e-4, 0.0001, 0.00001, 1e22, 1e23, 2e23, 1e100, 1.7976931348623157e308, 4.9e-324,
      2.2250738585072014e-308, 123456789.123, 1533765900.0, 9007199254740993.0, 0.30000000000000004,
      1.0 / 3, 2.0 / 3, 100.0, 1e-7, 5e-324, 3.14159, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY};

  Object floating() {
    return switch (random.nextInt(4)) {
      case 0 -> FLOATS[random.nextInt(FLOATS.length)];
      case 1 -> Double.longBitsToDouble(random.nextLong());
      case 2 -> Math.round(random.nextDouble() * 1e6) / Math.pow(10, random.nextInt(12));
      default -> random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
    };
  }

  private Object finiteOrInfinite() {
    double d = (double) floating();
    return Double.isNaN(d) ? 0.25 : d;
  }

  Object time() {
    LocalDateTime t = LocalDateTime.of(1 + random.nextInt(9999), 1 + random.nextInt(12),
        1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60),
        random.nextBoolean() ? 0 : random.nextInt(1_000_000) * 1000);
    return switch (random.nextInt(3)) {
      case 0 -> t.toLocalDate();
      case 1 -> t;
      default -> OffsetDateTime.of(t, ZoneOffset.ofTotalSeconds((random.nextInt(48) - 24) * 1800));
    };
  }

  private byte[] binary() {
    byte[] b = new byte[random.nextInt(4) == 0 ? 0 : random.nextInt(200)];
    random.nextBytes(b);
    return b;
  }
}
