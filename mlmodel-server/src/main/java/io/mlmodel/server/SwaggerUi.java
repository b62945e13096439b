package io.mlmodel.server;

import io.netty.handler.codec.http.FullHttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code /docs}: Swagger UI over the models' OpenAPI documents, served from the {@code
 * org.webjars:swagger-ui} jar on the class path (no CDN). {@code /docs} is the page, {@code
 * /docs/swagger-initializer.js} lists every model's {@code /models/NAME/openapi.json} (the default
 * model first), other {@code /docs/FILE} are the webjar's files, cached after the first read (the
 * files found only, so the cache holds at most the webjar).
 */
final class SwaggerUi {
  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"
      + "<title>Models - Swagger UI</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"/docs/swagger-ui.css\">\n"
      + "<link rel=\"icon\" type=\"image/png\" href=\"/docs/favicon-32x32.png\" sizes=\"32x32\">\n</head>\n<body>\n"
      + "<div id=\"swagger-ui\"></div>\n<script src=\"/docs/swagger-ui-bundle.js\" charset=\"UTF-8\"></script>\n"
      + "<script src=\"/docs/swagger-ui-standalone-preset.js\" charset=\"UTF-8\"></script>\n"
      + "<script src=\"/docs/swagger-initializer.js\" charset=\"UTF-8\"></script>\n</body>\n</html>\n";

  private final String root;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  SwaggerUi() {
    Properties p = new Properties();
    try (InputStream in = resource("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.root = WEBJAR + p.getProperty("version", "") + "/";
  }

  /** The answer for {@code /docs} + {@code file} ({@code ""} or {@code /name}). */
  FullHttpResponse serve(String file, List<String> models) {
    if (file.isEmpty() || file.equals("/") || file.equals("/index.html")) {
      return Http.text(Http.OK, Http.HTML, PAGE);
    }
    if (file.equals("/swagger-initializer.js")) {
      return Http.response(Http.OK, "text/javascript; charset=utf-8", Documents.swaggerInitializer(models));
    }
    String name = file.substring(1);
    if (!name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
      return Http.notFound();
    }
    byte[] body = cache.get(name);
    if (body == null) {
      body = read(name);
      if (body == null) {
        // a miss is not cached: the names are the client's to choose, without end
        return Http.notFound();
      }
      cache.putIfAbsent(name, body);
    }
    return Http.response(Http.OK, type(name), body);
  }

  /** How many files are cached: at most the webjar's. */
  int cached() {
    return cache.size();
  }

  private byte @Nullable [] read(String name) {
    try (InputStream in = resource(root + name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    return SwaggerUi.class.getClassLoader().getResourceAsStream(name);
  }

  private static String type(String name) {
    if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    } else if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    } else if (name.endsWith(".png")) {
      return "image/png";
    } else if (name.endsWith(".html")) {
      return Http.HTML;
    }
    return "application/octet-stream";
  }
}
