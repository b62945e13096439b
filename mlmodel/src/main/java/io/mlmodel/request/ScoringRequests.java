package io.mlmodel.request;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.internal.ColumnTargets;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.Problems;
import io.mlmodel.io.JsonErrors;
import io.mlmodel.io.JsonNumbers;
import io.mlmodel.request.internal.CountingParser;
import io.mlmodel.request.internal.CsvRequestReader;
import io.mlmodel.request.internal.JsonRequestReader;
import io.mlmodel.request.internal.LimitedInputStream;
import io.mlmodel.request.internal.RequestContext;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.ParamSchema;
import io.mlmodel.signature.Schema;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * Decodes the request bodies MLflow's scoring server accepts on {@code /invocations} (format
 * reference §6): JSON with exactly one of {@code dataframe_split}, {@code dataframe_records},
 * {@code instances} or {@code inputs} (plus optional {@code params}), the unified LLM form, and CSV.
 *
 * <p>Decoding does what the server does before {@code predict}: it builds the DataFrame or arrays
 * and casts each column or tensor to the type the signature declares (numbers to {@code
 * double[]}/{@code long[]} without boxing). Schema <em>enforcement</em> is a separate step, {@link
 * Enforcement#enforce}, as in MLflow. The JSON is streamed with Jackson's {@link JsonParser}: a
 * large batch is never held as a JSON tree.
 *
 * <p>The body is read up to {@link EnforcementOptions#maxRequestBytes()}, and decodes to at most
 * {@link EnforcementOptions#maxCells()} cells and {@link EnforcementOptions#maxColumns()} columns;
 * beyond either decoding stops with an {@link InputException} of code {@code limit}. Other failures are {@link InputException}s
 * with code {@code bad-request} (undecodable), {@code unsupported-content-type} (HTTP 415 in
 * MLflow), {@code schema-mismatch} (a value that does not convert to its column's type, naming the
 * column) or {@code bad-param}. Every failure but {@code bad-param} is one MLflow's server reports as
 * {@code BAD_REQUEST} (its parsing casts as this does); MLflow checks params only in {@code
 * predict}, and reports them as {@code INVALID_PARAMETER_VALUE}. Stateless and thread-safe; the
 * stream is not closed.
 *
 * <pre>{@code
 * ScoringRequest req = ScoringRequests.decode(body, "application/json", signature, EnforcementOptions.defaults());
 * EnforcedInput in = Enforcement.enforce(req.input(), req.params(), signature, EnforcementOptions.defaults());
 * }</pre>
 */
public final class ScoringRequests {
  private static final JsonFactory DEFAULT = factory(EnforcementOptions.defaults().maxDepth());

  private ScoringRequests() {}

  /**
   * Decodes a body by its content type: {@code application/json} or {@code text/csv}, with at most
   * a {@code charset=utf-8} parameter, as MLflow's server requires.
   *
   * @param body the request body; read up to {@link EnforcementOptions#maxRequestBytes()}, not
   *     closed
   * @param contentType the Content-Type header value (mime type compared case-insensitively)
   * @param signature the model's signature, whose input schema gives the types the columns and
   *     tensors are cast to, and whose params schema the params are decoded for; null to decode
   *     without either
   * @param options safe or MLflow conversions, and the request limits
   * @return the decoded request
   * @throws InputException code {@code unsupported-content-type} for any other content type, before
   *     the body is read; otherwise as {@link #decodeJson(InputStream, ModelSignature,
   *     EnforcementOptions)} or {@link #decodeCsv}
   * @throws java.io.UncheckedIOException when reading {@code body} fails
   */
  public static ScoringRequest decode(InputStream body, String contentType, @Nullable ModelSignature signature,
      EnforcementOptions options) {
    String mime = mimeType(contentType);
    return mime.equals("text/csv") ? decodeCsv(body, signature, options) : decodeJson(body, signature, options);
  }

  /**
   * Decodes a JSON body.
   *
   * @param body the request body, JSON; read up to {@link
   *     EnforcementOptions#maxRequestBytes()}, not closed
   * @param signature the model's signature, or null to decode without one
   * @param options safe or MLflow conversions, and the request limits
   * @return the decoded request, in one of the JSON forms
   * @throws InputException code {@code bad-request} when the body is not JSON or not one of the
   *     accepted forms, {@code limit} when a limit is crossed, {@code schema-mismatch} when a value
   *     does not convert to its column's or tensor's type, {@code bad-param} when {@code params} is
   *     not an object (or null) and the signature has a params schema; without one, such params are
   *     ignored, as MLflow ignores them
   * @throws java.io.UncheckedIOException when reading {@code body} fails
   */
  public static ScoringRequest decodeJson(InputStream body, @Nullable ModelSignature signature,
      EnforcementOptions options) {
    Schema schema = signature == null ? null : signature.inputs().orElse(null);
    ParamSchema params = signature == null ? null : signature.params().orElse(null);
    JsonFactory f = options.maxDepth() == EnforcementOptions.defaults().maxDepth() ? DEFAULT : factory(options.maxDepth());
    try (JsonParser p = new CountingParser(f.createParser(tools.jackson.core.ObjectReadContext.empty(),
        new LimitedInputStream(body, options.maxRequestBytes())), options)) {
      RequestContext cx = new RequestContext(p, new ColumnTargets(schema, options), options);
      try {
        return new JsonRequestReader(cx, params).read();
      } catch (ConversionException e) {
        // a conversion no reader caught with its column or tensor name: still a located, typed error
        throw new InputException(Problems.SCHEMA, cx.at(""), null,
            "Data is not compatible with model signature. Error: '" + e.getMessage() + "'");
      }
    } catch (StreamConstraintsException e) {
      if (JsonNumbers.isNumberLength(e)) {
        throw new InputException(Problems.LIMIT, at(e), null, "the request has " + JsonNumbers.problem());
      }
      if (JsonErrors.isNestingDepth(e)) {
        throw new InputException(Problems.LIMIT, at(e), null, "the request nests JSON arrays and objects deeper than"
            + " the limit of " + options.maxDepth() + " (EnforcementOptions.maxDepth)");
      }
      // the parser's other fixed limits (a property name of over 50,000 characters)
      throw new InputException(Problems.LIMIT, at(e), null, "the request is over a limit of the JSON parser: "
          + JsonErrors.problem(e));
    } catch (JacksonException e) {
      if (e.getCause() instanceof InputException ie) {
        throw ie;
      }
      if (e instanceof tools.jackson.core.exc.JacksonIOException && e.getCause() instanceof java.io.IOException io) {
        throw new java.io.UncheckedIOException(io); // the caller's stream failed: not bad input, as for CSV
      }
      throw Problems.request(at(e), null, "Invalid input. Ensure that input is a valid JSON formatted string. Error: '"
          + JsonErrors.problem(e) + "'");
    }
  }

  /**
   * Decodes a JSON body given as text.
   *
   * @param body the JSON text; its UTF-8 encoding counts against {@link
   *     EnforcementOptions#maxRequestBytes()}
   * @param signature the model's signature, or null to decode without one
   * @param options safe or MLflow conversions, and the request limits
   * @return the decoded request, in one of the JSON forms
   * @throws InputException as {@link #decodeJson(InputStream, ModelSignature, EnforcementOptions)}
   */
  public static ScoringRequest decodeJson(String body, @Nullable ModelSignature signature, EnforcementOptions options) {
    return decodeJson(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), signature, options);
  }

  /**
   * Decodes a CSV body (no params: MLflow takes none with CSV).
   *
   * @param body the request body, UTF-8 CSV with a header row; read up to {@link
   *     EnforcementOptions#maxRequestBytes()}, not closed
   * @param signature the model's signature, or null to decode without one
   * @param options safe or MLflow conversions, and the request limits
   * @return the decoded request, of format {@link RequestFormat#CSV}, with empty params
   * @throws InputException code {@code bad-request} when the body is not such a CSV or the
   *     signature has tensors or Array, Object, Map or Any columns, {@code limit} when a limit is
   *     crossed, {@code schema-mismatch} when a value does not convert to its column's type
   * @throws java.io.UncheckedIOException when reading {@code body} fails
   */
  public static ScoringRequest decodeCsv(InputStream body, @Nullable ModelSignature signature,
      EnforcementOptions options) {
    Schema schema = signature == null ? null : signature.inputs().orElse(null);
    return CsvRequestReader.read(new LimitedInputStream(body, options.maxRequestBytes()),
        new ColumnTargets(schema, options), options);
  }

  /**
   * The mime type of a Content-Type header, lower-cased; throws {@link InputException} (code {@code
   * unsupported-content-type}) for anything MLflow's server answers with 415.
   */
  static String mimeType(String contentType) {
    String[] parts = contentType.split(";");
    String mime = parts[0].strip().toLowerCase(Locale.ROOT);
    boolean ok = mime.equals("application/json") || mime.equals("text/csv");
    for (int i = 1; i < parts.length && ok; i++) {
      String[] kv = parts[i].strip().split("=", 2);
      ok = kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset") && kv[1].strip().equalsIgnoreCase("utf-8");
    }
    if (!ok) {
      throw new InputException(Problems.CONTENT_TYPE, Location.UNKNOWN, null, "This predictor only supports the"
          + " following content types: Types: ['text/csv', 'application/json']. Got '" + contentType + "'.");
    }
    return mime;
  }

  private static Location at(JacksonException e) {
    TokenStreamLocation l = e.getLocation();
    return l == null ? Location.UNKNOWN : new Location(null, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()), "");
  }

  private static JsonFactory factory(int maxDepth) {
    // each request's parser takes its buffers from its thread, not from a queue shared by every
    // thread (Jackson 3's default): a server decodes on several threads at once, and the shared
    // deque was a contended point on each request
    return JsonFactory.builder()
        .recyclerPool(JsonRecyclerPools.threadLocalPool())
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(maxDepth)
            .maxNumberLength(JsonNumbers.MAX_DIGITS)
            .maxStringLength(Integer.MAX_VALUE)
            .maxDocumentLength(-1)
            .build())
        .build();
  }
}
