package io.mlmodel.tracking;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** A separate process for CacheTest: resolves one URI (args: server, uri, cache dir), prints the path. */
public final class ChildResolve {
  private ChildResolve() {}

  public static void main(String[] args) {
    TrackingClient client = TrackingClient.builder().variables(Map.of()).trackingUri(URI.create(args[0]))
        .cacheDir(Path.of(args[2])).maxRetries(0).build();
    System.out.println(client.resolve(args[1]));
  }
}
