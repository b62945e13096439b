package io.mlmodel.server;

import io.mlmodel.InputException;
import io.mlmodel.ModelException;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.enforce.Params;
import io.mlmodel.request.MlflowErrorCodes;
import io.mlmodel.request.Predictions;
import io.mlmodel.request.RequestFormat;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.request.ScoringRequests;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;

/**
 * {@code POST /invocations}, as MLflow 2.17's {@code scoring_server.invocations}: the content type
 * checks on the event loop (415 with MLflow's text), then decoding, prediction and encoding on a
 * worker or, when the model is cheap, on the event loop ({@link Workers}). Errors are MLflow's JSON
 * with its error codes.
 */
final class Invocations {
  private static final Logger LOG = System.getLogger(Invocations.class.getName());
  private static final int WRAPPER = "{\"predictions\": ".length();

  private final ServerState state;

  Invocations(ServerState state) {
    this.state = state;
  }

  void handle(Exchange ex, ServedModel model) {
    String header = ex.request.headers().get(HttpHeaderNames.CONTENT_TYPE);
    String mime;
    try {
      mime = ContentTypes.mime(header);
    } catch (ContentTypes.Unsupported e) {
      ex.send(Http.text(Http.UNSUPPORTED, Http.TEXT, e.getMessage()));
      return;
    }
    ServedModel.Loaded loaded = model.loaded();
    if (loaded == null) {
      ex.send(Http.mlflowError(ex.ctx.alloc(), Http.UNAVAILABLE, "TEMPORARILY_UNAVAILABLE", notServing(model)));
      return;
    }
    Workers.submit(state, ex, model.cost(), () -> predict(ex, loaded, mime));
  }

  static String notServing(ServedModel model) {
    String failure = model.failure();
    return failure == null ? "The model '" + model.name() + "' is still loading."
        : "The model '" + model.name() + "' failed to load: " + failure;
  }

  private FullHttpResponse predict(Exchange ex, ServedModel.Loaded loaded, String mime) {
    int requestBytes = ex.request.content().readableBytes();
    ScoringRequest req;
    try {
      req = ScoringRequests.decode(new ByteBufInputStream(ex.request.content()), mime, loaded.signature(),
          state.config().enforcement());
    } catch (InputException e) {
      return Http.mlflowError(ex.ctx.alloc(), Http.BAD_REQUEST, MlflowErrorCodes.whileDecoding(e), e.problem());
    }
    // a batch's answer is usually of the order of its request (10,000 rows of 3 floats in, 2 out:
    // 201 KB and 205 KB), so it starts at that size instead of growing from 256 bytes by doubling,
    // each doubling a copy of everything written so far; at most 1 MiB, so that a huge request
    // with a small answer does not hold as much again
    ByteBuf out = ex.ctx.alloc().buffer(Math.max(256, Math.min(requestBytes, 1 << 20)));
    try {
      PredictOutput prediction = loaded.predictor().predict(req.input(), Params.of(req.params()));
      Predictions.writeAsMlflow(prediction, new ByteBufOutputStream(out));
      if (req.format() == RequestFormat.LLM) {
        // MLflow answers the unified LLM form with the bare predictions
        out.readerIndex(WRAPPER).writerIndex(out.writerIndex() - 1);
      }
      return Http.response(Http.OK, Http.JSON, out);
    } catch (InputException e) {
      out.release();
      return Http.mlflowError(ex.ctx.alloc(), Http.BAD_REQUEST, MlflowErrorCodes.whilePredicting(e), e.problem());
    } catch (ModelException e) {
      out.release();
      LOG.log(Level.WARNING, "model '" + loaded.predictor().model().directory().orElse(null) + "' failed: "
          + e.getMessage());
      return Http.mlflowError(ex.ctx.alloc(), Http.BAD_REQUEST, "BAD_REQUEST", "Encountered an unexpected error while"
          + " evaluating the model. Verify that the serialized input Dataframe is compatible with the model for"
          + " inference.");
    } catch (RuntimeException e) {
      out.release();
      throw e;
    }
  }
}
