package io.mlmodel.tracking;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tracking server written for fault tests: the artifact proxy over an in-memory file map
 * ({@code 0/r1/artifacts/model/MLmodel} → bytes), {@code runs/get} for any run id, and a hook that
 * may answer a request first (a 500, a stall, a hostile listing, a redirect).
 */
final class FakeServer implements AutoCloseable {
  interface Hook {
    /** True when the hook answered the exchange. */
    boolean handle(HttpExchange ex) throws IOException;
  }

  final Map<String, byte[]> files = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> authorizations = new CopyOnWriteArrayList<>();
  volatile Hook hook = ex -> false;
  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();

  FakeServer() throws IOException {
    this(0);
  }

  FakeServer(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      requests.add(path + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()));
      authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
      if (hook.handle(ex)) {
        return;
      }
      String prefix = "/api/2.0/mlflow-artifacts/artifacts";
      if (path.equals("/api/2.0/mlflow/runs/get")) {
        String run = query(ex).getOrDefault("run_id", "");
        send(ex, 200, "{\"run\":{\"info\":{\"run_id\":\"" + run + "\",\"artifact_uri\":\"mlflow-artifacts:/0/" + run + "/artifacts\"}}}");
      } else if (path.equals(prefix)) {
        send(ex, 200, listing(query(ex).getOrDefault("path", "")));
      } else if (path.startsWith(prefix + "/") && files.containsKey(path.substring(prefix.length() + 1))) {
        byte[] body = files.get(path.substring(prefix.length() + 1));
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      } else {
        send(ex, 404, "{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"No such file: " + path + "\"}");
      }
    }
  }

  /** The proxy's listing of one folder: base names, folders without sizes. */
  String listing(String dir) {
    String prefix = dir.isEmpty() ? "" : dir + "/";
    TreeSet<String> dirs = new TreeSet<>();
    TreeMap<String, Integer> leaves = new TreeMap<>();
    files.forEach((p, b) -> {
      if (p.startsWith(prefix)) {
        String rest = p.substring(prefix.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
          leaves.put(rest, b.length);
        } else {
          dirs.add(rest.substring(0, slash));
        }
      }
    });
    StringBuilder sb = new StringBuilder("{\"files\":[");
    dirs.forEach(d -> sb.append("{\"path\":\"").append(d).append("\",\"is_dir\":true},"));
    leaves.forEach((n, s) -> sb.append("{\"path\":\"").append(n).append("\",\"is_dir\":false,\"file_size\":").append(s).append("},"));
    if (sb.charAt(sb.length() - 1) == ',') {
      sb.setLength(sb.length() - 1);
    }
    return sb.append("]}").toString();
  }

  static Map<String, String> query(HttpExchange ex) {
    Map<String, String> q = new TreeMap<>();
    String raw = ex.getRequestURI().getRawQuery();
    if (raw != null) {
      for (String kv : raw.split("&")) {
        int eq = kv.indexOf('=');
        q.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return q;
  }

  static void send(HttpExchange ex, int status, String json) throws IOException {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  long count(String pathPrefix) {
    return requests.stream().filter(r -> r.startsWith(pathPrefix)).count();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
