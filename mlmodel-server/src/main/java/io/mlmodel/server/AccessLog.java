package io.mlmodel.server;

import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * One INFO line per answered request on the {@code System.Logger} named {@code
 * io.mlmodel.server.access}: client address, request line, status, body bytes and milliseconds,
 * as {@code 127.0.0.1 "POST /invocations HTTP/1.1" 200 38 0.41ms}. Nothing is formatted when the
 * logger does not log INFO. Thread-safe.
 */
final class AccessLog {
  private static final Logger LOG = System.getLogger("io.mlmodel.server.access");

  private final boolean enabled;

  AccessLog(boolean enabled) {
    this.enabled = enabled;
  }

  /** Whether lines are written at all (when not, callers need not build them). */
  boolean enabled() {
    return enabled && LOG.isLoggable(Level.INFO);
  }

  void log(SocketAddress client, String requestLine, int status, int bytes, long nanos) {
    if (!enabled()) {
      return;
    }
    String host = client instanceof InetSocketAddress a ? a.getAddress().getHostAddress() : String.valueOf(client);
    LOG.log(Level.INFO, host + " \"" + requestLine.replace('"', '\'') + "\" " + status + " " + bytes + " "
        + String.format(java.util.Locale.ROOT, "%.2fms", nanos / 1e6));
  }
}
