package io.mlmodel.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A plain socket to the server, for what an HTTP client will not send: partial, slow or malformed requests. */
final class RawHttp implements AutoCloseable {
  private final Socket socket = new Socket();

  RawHttp(int port) {
    try {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(15_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RawHttp send(String text) {
    try {
      socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Shuts down the sending side, as a client does that sends no more (the server sees end of input). */
  RawHttp shutdownOutput() {
    try {
      socket.shutdownOutput();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything the server sends until it closes the connection (or 15 s pass). */
  String readToEnd() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
      }
    } catch (SocketTimeoutException e) {
      out.writeBytes("<no close within 15 s>".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      out.writeBytes(("<" + e.getMessage() + ">").getBytes(StandardCharsets.UTF_8));
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Reads one response head, up to and including its empty line (such as a {@code 100 Continue}). */
  String readHead() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      InputStream in = socket.getInputStream();
      int b;
      while (!out.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n") && (b = in.read()) >= 0) {
        out.write(b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Reads until {@code count} responses with a body of their Content-Length have arrived. */
  String readResponses(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      InputStream in = socket.getInputStream();
      int seen = 0;
      while (seen < count) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        out.write(b);
        String s = out.toString(StandardCharsets.UTF_8);
        int head = s.lastIndexOf("\r\n\r\n");
        int len = s.toLowerCase(java.util.Locale.ROOT).lastIndexOf("content-length: ");
        if (head > 0 && len > 0 && len < head) {
          int end = s.indexOf("\r\n", len);
          int length = Integer.parseInt(s.substring(len + 16, end).strip());
          if (s.length() - head - 4 == length) {
            seen++;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing a test socket
    }
  }
}
