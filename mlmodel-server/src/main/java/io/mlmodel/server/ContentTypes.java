package io.mlmodel.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * MLflow's rules for the {@code Content-Type} of {@code /invocations}, in its order: a charset other
 * than UTF-8 (any case), then any parameter other than {@code charset}, then a mime type other than
 * exactly {@code application/json} or {@code text/csv}; each is a 415 with MLflow's text.
 */
final class ContentTypes {
  /** The 415 answer; the message is the body. */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  static final String PROTOCOL_CHANGE = "IMPORTANT: The MLflow Model scoring protocol has changed in MLflow version"
      + " 2.0. If you are seeing this error, you are likely using an outdated scoring request format. To resolve the"
      + " error, either update your request format or adjust your MLflow Model's requirements file to specify an older"
      + " version of MLflow (for example, change the 'mlflow' requirement specifier to 'mlflow==1.30.0'). If you are"
      + " making a request using the MLflow client (e.g. via `mlflow.pyfunc.spark_udf()`), upgrade your MLflow client"
      + " to a version >= 2.0 in order to use the new request format. For more information about the updated MLflow"
      + " Model scoring protocol in MLflow 2.0, see https://mlflow.org/docs/latest/models.html#deploy-mlflow-models.";

  private ContentTypes() {}

  /** The mime type to decode with: {@code application/json} or {@code text/csv}. */
  static String mime(@Nullable String header) throws Unsupported {
    if (header == null) {
      throw new Unsupported(unsupported("None"));
    }
    String[] parts = header.split(";", -1);
    String mime = parts[0].strip();
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      String pair = parts[i].strip();
      int eq = pair.indexOf('=');
      params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
    }
    if (!params.getOrDefault("charset", "utf-8").toLowerCase(Locale.ROOT).equals("utf-8")) {
      throw new Unsupported("The scoring server only supports UTF-8");
    }
    List<String> unexpected = new ArrayList<>(params.keySet());
    unexpected.remove("charset");
    if (!unexpected.isEmpty()) {
      throw new Unsupported("Unrecognized content type parameters: " + String.join(", ", unexpected) + ". "
          + PROTOCOL_CHANGE);
    }
    if (!mime.equals("application/json") && !mime.equals("text/csv")) {
      throw new Unsupported(unsupported(header));
    }
    return mime;
  }

  private static String unsupported(String got) {
    return "This predictor only supports the following content types: Types: ['text/csv', 'application/json']."
        + " Got '" + got + "'.";
  }
}
