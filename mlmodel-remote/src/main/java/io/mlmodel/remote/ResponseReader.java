package io.mlmodel.remote;

import io.mlmodel.io.JsonErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads response bodies: {@code {"predictions": ...}} on success, {@code {"error_code": ...,
 * "message": ...}} on failure, and joins the predictions of chunks. Internal; thread-safe.
 */
final class ResponseReader {
  // NaN and Infinity come as bare tokens from MLflow's NumpyEncoder
  private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(tools.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

  private ResponseReader() {}

  /** The {@code predictions} value of a 2xx body, as plain Java values. */
  static @Nullable Object predictions(byte[] body, Failures f) {
    Object root;
    try {
      root = JSON.readValue(body, Object.class);
    } catch (JacksonException e) {
      throw f.badResponse("the answer is not JSON (" + JsonErrors.problem(e) + "): " + Failures.excerpt(body), e);
    }
    if (!(root instanceof Map<?, ?> m) || !m.containsKey("predictions")) {
      throw f.badResponse("the answer has no \"predictions\": " + Failures.excerpt(body), null);
    }
    return m.get("predictions");
  }

  /** {@code error_code} and {@code message} of an MLflow error body, when it is one. */
  static @Nullable Map<String, String> error(byte[] body) {
    try {
      Object root = JSON.readValue(body, Object.class);
      if (root instanceof Map<?, ?> m && m.get("message") instanceof String msg) {
        Object code = m.get("error_code");
        return Map.of("error_code", code instanceof String s ? s : "", "message", msg);
      }
    } catch (JacksonException e) {
      // not MLflow's error body: the caller shows the text
    }
    return null;
  }

  /**
   * Joins chunk predictions into what one request would have answered: lists (records or rows) one
   * after the other, objects of lists key by key.
   */
  static @Nullable Object join(List<@Nullable Object> parts, Failures f) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    if (parts.stream().allMatch(List.class::isInstance)) {
      List<@Nullable Object> all = new ArrayList<>();
      parts.forEach(p -> all.addAll((List<?>) p));
      return all;
    }
    if (parts.stream().allMatch(p -> p instanceof Map<?, ?> m && m.values().stream().allMatch(List.class::isInstance))) {
      Map<String, List<@Nullable Object>> all = new LinkedHashMap<>();
      for (Object p : parts) {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) p).entrySet()) {
          all.computeIfAbsent(String.valueOf(e.getKey()), k -> new ArrayList<>()).addAll((List<?>) e.getValue());
        }
      }
      return all;
    }
    throw f.badResponse("the predictions of the chunks cannot be joined (they are neither lists nor objects of"
        + " lists); send the batch in one request (RemoteOptions.chunkRows(0))", null);
  }
}
