package io.mlmodel.oracle;

import io.mlmodel.InputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Classifies request disagreements and compares converted values (see RequestDifferentialTest).
 * The error kind compared is "params" against "input": MLflow casts the data while it parses the
 * body, so its parse/enforce split is not our bad-request/schema-mismatch split, and a request with
 * several faults may be refused for a different one first.
 */
final class RequestKinds {
  private RequestKinds() {}

  static String mlflowKind(JsonNode py) {
    return py.get("stage").asString().equals("params") ? "params" : "input";
  }

  static String ourKind(InputException e) {
    return e.code().equals("bad-param") ? "params" : "input";
  }

  static boolean safer(InputException e) {
    String m = e.getMessage();
    return m.contains("MLflow would") || m.contains("numpy would") || m.contains("--mlflow-compatible");
  }

  /** Safe mode's refusals of a value of the wrong kind, which MLflow hands to the model as it is. */
  static boolean wrongKind(String m) {
    return m.contains("only 0 and 1 are booleans") || m.contains("expected a string, got") || m.contains(" to datetime64[")
        || m.contains("tensor can not hold a missing value")
        || m.contains("Can not safely convert object to") || m.matches("(?s).*can not convert (dict|list)\\b.* to .*");
  }

  /** MLflow reads instances differently when the schema has an Array or Object column. */
  static boolean instancesWithNested(RequestGen r) {
    return r.body.startsWith("{\"instances\"") && (r.inputs.contains("\"type\": \"object\"")
        || r.inputs.contains("\"type\": \"array\""));
  }

  static final String INSTANCES_NESTED = Differences.KNOWN + "instances with an Array or Object column in the schema:"
      + " MLflow collapses the instances into one row of lists or fails; we read one row per instance"
      + " (enforcement.md: Known differences)";

  static @Nullable String kindDifference(InputException e, JsonNode py, boolean safe) {
    if (ourKind(e).equals(mlflowKind(py)) || py.get("error").asString().startsWith("TypeError: ")) {
      return null;
    }
    if (safe && (safer(e) || wrongKind(e.getMessage()))) {
      return Differences.DELIBERATE + "both refuse; ours is a safe-mode refusal met first";
    }
    if (ourKind(e).equals("input")) {
      return Differences.KNOWN + "both refuse a request with several faults; we name the data (a value we refuse and"
          + " MLflow wraps or hands on) where MLflow names a bad param (enforcement.md: Known differences)";
    }
    if (ourKind(e).equals("params")) {
      return Differences.KNOWN + "both refuse a request with several faults; we name a bad param first where MLflow"
          + " names the data (enforcement.md: Known differences)";
    }
    return (safe ? "" : "MLflow mode: ") + "both refuse, error kind differs: ours " + ourKind(e) + ", MLflow "
        + mlflowKind(py);
  }

  static String ourRefusal(RequestGen r, InputException e, boolean safe) {
    if (safe && safer(e)) {
      return Differences.DELIBERATE + "safer refusal naming what MLflow would do (enforcement.md: Safe conversions)";
    }
    String m = e.getMessage();
    if (safe && wrongKind(m)) {
      return Differences.DELIBERATE + "safe mode refuses a value of the wrong kind MLflow hands on (enforcement.md: Safe conversions)";
    }
    if (m.contains("Shape of input (") && m.contains("does not match expected shape")) {
      return Differences.KNOWN + "a tensor whose rows hold objects or lists of other lengths: MLflow takes numpy's 1-d"
          + " object array, we refuse its shape (enforcement.md: Known differences)";
    }
    if (safe && m.contains("to type 'bytes'") && m.contains("base64")) {
      return Differences.DELIBERATE + "binary text that is not base64 is refused in safe mode (enforcement.md)";
    }
    if (m.contains(" to bytes'") && (m.contains("can not convert bool") || m.contains("can not convert int")
        || m.contains("can not convert float"))) {
      return Differences.DELIBERATE + "a number or boolean for binary is refused in both modes (enforcement.md)";
    }
    if (m.matches("(?s).*Error: '-?[0-9.]+e[+-]?[0-9]+ is out of range for u?int(8|16|32|64)'.*")) {
      return Differences.DELIBERATE + "a float beyond the integer type's range has no defined value; refused in both modes"
          + " (enforcement.md)";
    }
    if (m.contains("Python int too large to convert to C long: 92233720368547758")) {
      return (safe ? Differences.DELIBERATE : Differences.KNOWN) + "an integer of 2^63 or more is refused; pandas reads it"
          + " as uint64 and wraps it to a negative int64 (enforcement.md)";
    }
    if (safe && (m.contains("as an ISO 8601 date-time") || m.contains("to `DataType.datetime`"))) {
      return Differences.DELIBERATE + "datetime text that is not ISO 8601 is refused; numpy reads '3' as the year 3 and"
          + " datetime64[ns] wraps it to 1756 (enforcement.md)";
    }
    if (safe && r.csv && m.matches("(?s).*could not convert string to float: '(?i:true|false)'.*")) {
      return Differences.DELIBERATE + "CSV text true/false for a number column is refused in safe mode; pandas' read_csv"
          + " makes it 1.0/0.0 (enforcement.md)";
    }
    if (m.contains("is not a valid dataframe representation in 'records' format") && r.inputs.contains("tensor")) {
      return Differences.KNOWN + "an inputs list that starts with an object is read as records; MLflow reads a list that"
          + " is not all objects as the tensor's values (enforcement.md: Known differences)";
    }
    if (!safe && (m.contains("as an ISO 8601 date-time") || m.contains("to `DataType.datetime`"))) {
      return Differences.KNOWN + "MLflow mode refuses datetime text that is not ISO 8601 ('3', ''), which numpy reads"
          + " ('3' as the year 3, wrapped to 1756) (enforcement.md: Known differences)";
    }
    if (!safe && m.contains("could not convert string to float") && !r.csv) {
      return Differences.KNOWN + "MLflow mode refuses text that is no number for a float column in instances/inputs,"
          + " which MLflow hands on (enforcement.md: Known differences)";
    }
    if (!safe && r.csv) {
      return Differences.KNOWN + "MLflow mode refuses CSV cells pandas' read_csv reads for the column's dtype (true for"
          + " a number column) (enforcement.md: Known differences)";
    }
    if (!safe && (m.contains("can not convert list") || m.contains("can not convert dict") || m.contains("can not convert bool"))) {
      return Differences.KNOWN + "MLflow mode refuses a list, object or boolean numpy casts in instances/inputs (for"
          + " binary, str, float or datetime) (enforcement.md: Known differences)";
    }
    if (!safe) {
      return "MLflow mode: we refuse what MLflow accepts: " + shape(m);
    }
    return (safe ? "" : "MLflow mode: ") + "we refuse (" + e.code() + ") what MLflow accepts";
  }

  /** A message with its values blanked, to group disagreements by kind. */
  static String shape(String m) {
    String t = m.replaceAll("`[^`]*`|'[^']*'|[0-9.]+", "_");
    return t.length() > 110 ? t.substring(0, 110) : t;
  }

  static String mlflowRefusal(RequestGen r, JsonNode py, boolean safe) {
    String m = py.get("error").asString();
    if (r.csv && m.contains("datetime64[ns] is not supported for parsing")) {
      return Differences.DELIBERATE + "a datetime CSV column is parsed as ISO 8601 (enforcement.md)";
    }
    if (m.startsWith("TypeError: ") && r.body.startsWith("{\"instances\"")) {
      return Differences.DELIBERATE + "MLflow fails with its own TypeError on instances (enforcement.md)";
    }
    if (m.contains("Expected data to be list or numpy array, got NoneType") || m.contains("Expected data to be list or"
        + " numpy array, got float") || m.contains("Expected data to be dictionary, got NoneType")
        || m.contains("Expected data to be dictionary, got float")) {
      if (safe) {
        return Differences.DELIBERATE + "null or a missing cell in an optional Array/Object column is a missing value;"
            + " MLflow's request parsing refuses it (enforcement.md)";
      }
    }
    if (m.startsWith("TypeError: iteration over a 0-d array") || m.contains("is not convertible to datetime")) {
      return Differences.DELIBERATE + "MLflow fails with its own TypeError on instances (enforcement.md)";
    }
    if (m.contains("encoding without a string argument")) {
      return Differences.DELIBERATE + "null for binary is a missing value; MLflow fails or makes b'None' (enforcement.md)";
    }
    if (r.csv && m.contains("Bool column has NA values")) {
      return safe ? Differences.DELIBERATE + "null for boolean is missing in safe mode (enforcement.md: Safe conversions)"
          : Differences.KNOWN + "MLflow mode reads an empty CSV boolean cell as missing; pandas refuses it (enforcement.md)";
    }
    boolean rowForms = r.body.startsWith("{\"instances\"") || r.body.startsWith("{\"inputs\"");
    if (instancesWithNested(r) && (m.contains("Invalid object type") || m.contains("valid JSON-formatted string"))) {
      return INSTANCES_NESTED;
    }
    if (rowForms && m.contains("Expected data to be dictionary, got ndarray")) {
      return Differences.DELIBERATE + "MLflow fails with its own TypeError on instances (enforcement.md)";
    }
    if (safe && r.body.startsWith("{\"inputs\": [{") && m.contains("tensor-based model signature with no input names")) {
      return Differences.KNOWN + "inputs as a list of records for an unnamed tensor is read as a table and turned into"
          + " a tensor; MLflow refuses a list there (enforcement.md: Known differences)";
    }
    if (safe && rowForms && m.contains("Could not convert object to NumPy datetime")) {
      return Differences.KNOWN + "NaN for a datetime in inputs/instances is a missing value (NaT); MLflow refuses it"
          + " there (enforcement.md: Known differences)";
    }
    if (safe && m.contains("Expected data to be dictionary, got NoneType")) {
      return Differences.KNOWN + "null in an object column is a missing value; MLflow's dataframe forms refuse it"
          + " (enforcement.md: Known differences)";
    }
    if (safe && m.contains("Missing required properties")) {
      return Differences.KNOWN + "an empty object in an optional object column is taken; MLflow's dataframe forms"
          + " refuse it (enforcement.md: Known differences)";
    }
    if (r.body.startsWith("{\"inputs\": [{") && r.inputs.contains("\"type\": \"") && !r.inputs.contains("tensor")) {
      return Differences.DELIBERATE + "inputs as a list of records is read as records; MLflow keeps dicts of 0-d arrays"
          + " its enforcement cannot take (enforcement.md)";
    }
    if (!safe && m.contains("Failed to enforce schema of data `")) {
      return Differences.KNOWN + "MLflow mode converts array items and property values with the column casts;"
          + " MLflow checks them strictly (enforcement.md: Known differences)";
    }
    if (rowForms && m.contains("Incompatible input types")) {
      return Differences.DELIBERATE + "instances/inputs are cast as MLflow casts the dataframe forms;"
          + " MLflow enforces them uncast and refuses (enforcement.md)";
    }
    if (rowForms && (m.contains("Can not safely convert float64 to float32") || m.contains("Expected data to be scalar, got ndarray")
        || m.contains("Can not safely convert int64 to int32") || m.contains("Can not safely convert float64 to float16"))) {
      return Differences.DELIBERATE + "instances/inputs: we cast to the schema as the dataframe forms do; MLflow does not"
          + " and then refuses JSON numbers for float/integer columns and [] for arrays (enforcement.md)";
    }
    if (!safe && rowForms && (m.contains("Could not convert object to NumPy datetime")
        || m.contains("from type object to DataType.datetime"))) {
      return Differences.KNOWN + "MLflow mode takes a number or NaN for a datetime in inputs/instances; MLflow refuses"
          + " it there (enforcement.md: Known differences)";
    }
    if (!safe && m.contains("OutOfBoundsDatetime")) {
      return Differences.KNOWN + "MLflow mode clamps a number beyond datetime64[ns] (Infinity) where pandas refuses it"
          + " (enforcement.md: Known differences)";
    }
    if (!safe && r.csv && m.contains("cannot safely convert passed user dtype of bool")) {
      return Differences.KNOWN + "MLflow mode reads CSV boolean cells pandas refuses (1, 1.5, an empty cell)"
          + " (enforcement.md: Known differences)";
    }
    if (!safe && rowForms && m.contains("setting an array element with a sequence")) {
      return Differences.KNOWN + "MLflow mode takes a list in a scalar column of inputs/instances (as its str()); numpy"
          + " refuses the ragged array (enforcement.md: Known differences)";
    }
    if (!safe && m.contains("tensor-based model signature with no input names")) {
      return Differences.KNOWN + "inputs as a list of records for an unnamed tensor is read as a table and turned into"
          + " a tensor; MLflow refuses a list there (enforcement.md: Known differences)";
    }
    if (!safe) {
      return "MLflow mode: we accept what MLflow refuses: " + shape(m);
    }
    return "we accept what MLflow refuses (" + mlflowKind(py) + ")";
  }

  /** Null when the converted data and params agree; else the kind of difference. */
  static @Nullable String valueDifference(RequestGen r, JsonNode ours, JsonNode py, boolean safe) {
    JsonNode data = py.get("data");
    String prefix = safe ? "" : "MLflow mode: ";
    if (!ours.get("kind").asString().equals(data.get("kind").asString())) {
      return prefix + "input kind differs: ours " + ours.get("kind").asString() + ", MLflow " + data.get("kind").asString();
    }
    String field = data.get("kind").asString().equals("columns") ? "columns" : "tensors";
    if (field.equals("columns") && r.body.startsWith("{\"inputs\": [{") && !same(ours.get(field), data.get(field))) {
      return Differences.DELIBERATE + "inputs as a list of records is read as records; MLflow keeps dicts of 0-d arrays"
          + " its enforcement cannot take (enforcement.md)";
    }
    if (!same(ours.get(field), data.get(field))) {
      String why = cellDifference(ours.get(field), data.get(field), safe);
      if (why == null && instancesWithNested(r)) {
        why = INSTANCES_NESTED;
      }
      if (why == null && !safe) {
        why = "MLflow mode: converted values differ";
      }
      return why != null ? why : prefix + "converted " + field + " differ";
    }
    if (!same(ours.get("params"), py.get("params"))) {
      return prefix + "enforced params differ";
    }
    return null;
  }

  /**
   * JSON equality where numbers compare by value (a float32 widened or not), objects by key set,
   * and MLflow's {@code {"$bytes": b64}} equals our base64 text of the same bytes.
   */
  static boolean same(@Nullable JsonNode a, @Nullable JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (b.isObject() && b.size() == 1 && b.has("$bytes")) {
      return a.isString() && a.asString().equals(b.get("$bytes").asString());
    }
    if (a.isNumber() && b.isNumber()) {
      double x = a.asDouble();
      double y = b.asDouble();
      return x == y || (float) x == (float) y || (Double.isNaN(x) && Double.isNaN(y));
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!same(e.getValue(), b.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /**
   * The documented reason when every differing cell differs in a documented way, else null: a
   * binary column holds bytes where MLflow leaves the text (its UTF-8 bytes; in safe mode base64
   * text is decoded), null stays a missing value where MLflow makes {@code b'None'} or False.
   */
  static @Nullable String cellDifference(JsonNode ours, JsonNode theirs, boolean safe) {
    String reason = null;
    Iterator<Map.Entry<String, JsonNode>> it = ours.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode a = e.getValue();
      JsonNode b = theirs.get(e.getKey());
      if (b == null || !a.isArray() || !b.isArray() || a.size() != b.size()) {
        return null;
      }
      for (int i = 0; i < a.size(); i++) {
        if (same(a.get(i), b.get(i))) {
          continue;
        }
        String why = cell(a.get(i), b.get(i), safe);
        if (why == null) {
          return null;
        }
        reason = reason == null ? why : reason;
      }
    }
    return reason;
  }

  private static @Nullable String cell(JsonNode a, JsonNode b, boolean safe) {
    boolean mlflowBytes = b.isObject() && b.has("$bytes");
    String text = mlflowBytes ? new String(Base64.getDecoder().decode(b.get("$bytes").asString()), StandardCharsets.UTF_8)
        : b.isString() ? b.asString() : null;
    if (a.isNull() && mlflowBytes && text.equals("None")) {
      return Differences.DELIBERATE + "null for binary stays missing; MLflow makes b'None' (enforcement.md)";
    }
    if (a.isNull() && b.isBoolean() && !b.asBoolean() && safe) {
      return Differences.DELIBERATE + "null for boolean is missing in safe mode; MLflow makes False (enforcement.md)";
    }
    if (a.isNull() && b.isString() && b.asString().equals("None")) {
      return Differences.DELIBERATE + "null for string stays missing; numpy makes it 'None' in instances/inputs (enforcement.md)";
    }
    if (!safe && a.isString() && (b.isNumber() || b.isBoolean()) && pyStrOf(a.asString(), b)) {
      return Differences.DELIBERATE + "MLflow mode: a number or boolean for a string column becomes its str(); MLflow"
          + " hands the number on (enforcement.md: Safe conversions)";
    }
    if (!safe && a.isString() && b.isNull() && a.asString().equals("nan")) {
      return Differences.KNOWN + "MLflow mode makes NaN in a string column the text 'nan'; MLflow keeps NaN"
          + " (enforcement.md: Known differences)";
    }
    if (!safe && a.isString() && b.isNull() && a.asString().startsWith("2262-04-11T23:47:16")) {
      return Differences.KNOWN + "MLflow mode clamps a number beyond datetime64[ns] (Infinity) where pandas refuses it"
          + " (enforcement.md: Known differences)";
    }
    if (!safe && b.isContainer()) {
      return Differences.DELIBERATE + "MLflow mode: a list or object for a scalar column is converted (str() for a string,"
          + " truthiness for a boolean); MLflow hands it on (enforcement.md: Safe conversions)";
    }
    if (a.isString() && text != null && utf8Of(a.asString(), text)) {
      return Differences.DELIBERATE + "a binary column holds the UTF-8 bytes of text MLflow leaves as str (enforcement.md)";
    }
    if (a.isString() && mlflowBytes && safe && a.asString().equals(text.replaceAll("[^A-Za-z0-9+/=]", ""))) {
      return Differences.DELIBERATE + "base64 text for binary is decoded in instances/inputs (enforcement.md: Safe conversions)";
    }
    return null;
  }

  /** Whether {@code ours} is Python's {@code str()} of MLflow's number or boolean {@code b}. */
  static boolean pyStrOf(String ours, JsonNode b) {
    if (b.isBoolean()) {
      return ours.equals(b.asBoolean() ? "True" : "False");
    }
    if (b.isIntegralNumber()) {
      return ours.equals(b.bigIntegerValue().toString());
    }
    double d = b.asDouble();
    double o = switch (ours) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      case "nan" -> Double.NaN;
      default -> ours.matches("-?[0-9.]+(e[+-]?[0-9]+)?") ? Double.parseDouble(ours) : Double.MIN_VALUE;
    };
    return Double.compare(o, d) == 0;
  }

  /** Whether our base64 {@code ours} is the UTF-8 bytes of MLflow's text {@code text}. */
  static boolean utf8Of(String ours, String text) {
    return ours.equals(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }
}
