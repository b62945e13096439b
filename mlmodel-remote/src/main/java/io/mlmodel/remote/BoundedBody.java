package io.mlmodel.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into one array of at most {@code limit} bytes. A larger body (declared by
 * its {@code Content-Length}, or found so while it streams in) fails with {@link TooLarge} and the
 * exchange is cancelled, rather than growing the heap with whatever the endpoint sends. Internal;
 * one per response.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** The body is larger than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("the answer is larger than " + limit + " bytes");
    }
  }

  private final long limit;
  private final boolean declaredTooLarge;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private Flow.@org.jspecify.annotations.Nullable Subscription subscription;

  private BoundedBody(long limit, boolean declaredTooLarge) {
    this.limit = limit;
    this.declaredTooLarge = declaredTooLarge;
  }

  /** The handler of bodies of at most {@code limit} bytes. */
  static HttpResponse.BodyHandler<byte[]> handler(long limit) {
    return info -> {
      OptionalLong declared;
      try {
        declared = info.headers().firstValueAsLong("Content-Length");
      } catch (NumberFormatException e) {
        declared = OptionalLong.empty();
      }
      return new BoundedBody(limit, declared.isPresent() && declared.getAsLong() > limit);
    };
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (declaredTooLarge) {
      fail();
    } else {
      s.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      if ((long) bytes.size() + b.remaining() > limit) {
        fail();
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }
  }

  private void fail() {
    result.completeExceptionally(new TooLarge(limit));
    subscription.cancel();
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}
