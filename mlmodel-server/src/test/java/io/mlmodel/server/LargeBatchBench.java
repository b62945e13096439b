package io.mlmodel.server;

import io.mlmodel.data.PredictOutput;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.Params;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.request.Predictions;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.request.ScoringRequests;
import java.io.ByteArrayInputStream;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The large-batch row of bench/load.sh, measured side by side in one JVM so that the machine's load
 * weighs on all alike: blocks of the same request in turn (a) through the server on 127.0.0.1,
 * over one keep-alive connection from a plain socket client that only writes the request bytes and
 * reads the answer; (b) in-process: decode + enforce + predict, and decode + enforce + predict +
 * encode as the server does ({@code Predictions.writeAsMlflow}: the library's work for the request
 * without the server); (c) the transport alone: the same request to bare Netty answering the
 * server's own answer bytes after a hand-off to a worker ({@link FixedAnswerServer}), the floor of
 * what the server adds. Prints the median block milliseconds a request of each.
 * {@code java ... LargeBatchBench MODEL_DIR BODY_FILE SECONDS}
 */
public final class LargeBatchBench {
  private LargeBatchBench() {}

  public static void main(String[] args) throws Exception {
    byte[] body = Files.readAllBytes(Path.of(args[1]));
    long seconds = Long.parseLong(args[2]);
    EnforcementOptions options = EnforcementOptions.builder().maxRequestBytes(64L << 20).build();
    ServerConfig config = ServerConfig.builder().model("m", args[0]).port(0).accessLog(false).enforcement(options).build();
    try (ScoringServer server = ScoringServer.start(config); Predictor p = Predictors.load(Path.of(args[0]));
        Client ours = new Client(server.port(), body)) {
      try (FixedAnswerServer bare = new FixedAnswerServer(ours.post()); Client floor = new Client(bare.port(), body)) {
        int block = 5;
        double[][] ms = new double[4][1000];
        int blocks = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int warm = 0; warm < 2 || (System.nanoTime() < end && blocks < 1000); warm++) {
          double http = time(block, ours::post);
          double plain = time(block, () -> local(p, body, options, false));
          double encoded = time(block, () -> local(p, body, options, true));
          double transport = time(block, floor::post);
          if (warm >= 2) {
            ms[0][blocks] = http;
            ms[1][blocks] = plain;
            ms[2][blocks] = encoded;
            ms[3][blocks] = transport;
            blocks++;
          }
        }
        System.out.printf(Locale.ROOT, "blocks %d%nserver %.3f%ndecode+enforce+predict %.3f%n"
            + "decode+enforce+predict+encode %.3f%nbare-netty-same-bytes %.3f%n", blocks, median(ms[0], blocks),
            median(ms[1], blocks), median(ms[2], blocks), median(ms[3], blocks));
      }
    }
  }

  interface Step {
    void run() throws Exception;
  }

  private static double time(int n, Step s) throws Exception {
    long t = System.nanoTime();
    for (int i = 0; i < n; i++) {
      s.run();
    }
    return (System.nanoTime() - t) / 1e6 / n;
  }

  private static double median(double[] a, int n) {
    double[] c = Arrays.copyOf(a, n);
    Arrays.sort(c);
    return c[n / 2];
  }

  private static long local(Predictor p, byte[] body, EnforcementOptions options, boolean encode) {
    ScoringRequest req = ScoringRequests.decode(new ByteArrayInputStream(body), "application/json",
        p.signature().orElse(null), options);
    PredictOutput out = p.predict(req.input(), Params.of(req.params()));
    if (!encode) {
      return out.hashCode();
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream(8192);
    Predictions.writeAsMlflow(out, b);
    return b.size();
  }

  /** One keep-alive connection that only writes the request bytes and reads the answer. */
  private static final class Client implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;
    private final byte[] head;
    private final byte[] body;

    Client(int port, byte[] body) throws Exception {
      socket = new Socket("127.0.0.1", port);
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
      head = ("POST /invocations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
          + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      this.body = body;
    }

    /** Sends the request and reads the whole answer; fails on anything but 200. */
    byte[] post() throws Exception {
      out.write(head);
      out.write(body);
      out.flush();
      String headers = readHead(in);
      if (!headers.startsWith("HTTP/1.1 200")) {
        throw new IllegalStateException(headers);
      }
      int i = headers.indexOf("content-length: ");
      byte[] answer = new byte[Integer.parseInt(headers.substring(i + 16, headers.indexOf('\r', i)).strip())];
      in.readFully(answer);
      return answer;
    }

    @Override
    public void close() throws Exception {
      socket.close();
    }
  }

  private static String readHead(InputStream in) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int state = 0;
    while (state < 4) {
      int c = in.read();
      if (c < 0) {
        throw new IllegalStateException("connection closed");
      }
      b.write(c);
      state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
    }
    return b.toString(StandardCharsets.US_ASCII);
  }
}
