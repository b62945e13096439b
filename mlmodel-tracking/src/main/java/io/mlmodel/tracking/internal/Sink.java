package io.mlmodel.tracking.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A response body written to a file channel or kept in memory, up to a bound, with the time of the
 * last data seen so that the waiting thread can abort a stalled body (MLflow's read timeout).
 */
final class Sink implements HttpResponse.BodySubscriber<Long> {
  private final @Nullable FileBuffer file;
  private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
  private final long limit;
  /** An error page: what passes the bound is dropped and the body ends there, instead of failing. */
  private final boolean cut;
  private final LongConsumer progress;
  private final CompletableFuture<Long> done = new CompletableFuture<>();
  private volatile long lastData = System.nanoTime();
  private volatile Flow.@Nullable Subscription subscription;
  private long count;

  private Sink(@Nullable FileChannel file, long limit, boolean cut, LongConsumer progress) {
    this.file = file == null ? null : new FileBuffer(file, (int) Math.max(8192, Math.min(1 << 20, limit)));
    this.limit = limit;
    this.cut = cut;
    this.progress = progress;
  }

  static Sink toFile(FileChannel file, long limit, LongConsumer progress) {
    return new Sink(file, limit, false, progress);
  }

  static Sink toMemory(long limit) {
    return new Sink(null, limit, false, n -> { });
  }

  /** An error body: its first {@code limit} bytes, the rest neither read nor an error. */
  static Sink toMemoryCut(long limit) {
    return new Sink(null, limit, true, n -> { });
  }

  /** The body kept in memory. */
  byte[] bytes() {
    return memory.toByteArray();
  }

  long lastData() {
    return lastData;
  }

  CompletableFuture<Long> done() {
    return done;
  }

  /** Ends the body with {@code failure} (a stall, a size above the bound). */
  void abort(Exception failure) {
    done.completeExceptionally(failure);
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    // onNext writes synchronously, which is back-pressure enough; asking item by item costs a
    // hand-off per small chunk
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    lastData = System.nanoTime();
    if (done.isDone()) {
      return; // aborted or cut: what still arrives is not ours
    }
    try {
      for (ByteBuffer b : buffers) {
        if (cut && count + b.remaining() > limit) {
          b.limit(b.position() + (int) (limit - count));
          keep(b);
          count = limit;
          done.complete(count);
          Flow.Subscription s = subscription;
          if (s != null) {
            s.cancel();
          }
          return;
        }
        count += b.remaining();
        if (count > limit) {
          abort(new TooLarge(count));
          return;
        }
        if (file != null) {
          file.put(b);
        } else {
          keep(b);
        }
      }
      progress.accept(count);
    } catch (IOException e) {
      abort(e);
    }
  }

  private void keep(ByteBuffer b) {
    byte[] a = new byte[b.remaining()];
    b.get(a);
    memory.writeBytes(a);
  }

  @Override
  public void onError(Throwable t) {
    done.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    try {
      if (file != null) {
        file.flush();
      }
      done.complete(count);
    } catch (IOException e) {
      done.completeExceptionally(e);
    }
  }

  @Override
  public CompletionStage<Long> getBody() {
    return done;
  }
}
