package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.FullHttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /docs files from the Swagger UI webjar. */
class SwaggerUiTest {

  private static int status(SwaggerUi ui, String file) {
    FullHttpResponse r = ui.serve(file, List.of("linear"));
    try {
      return r.status().code();
    } finally {
      r.release();
    }
  }

  @Test
  void onlyFilesFoundAreCachedSoClientChosenNamesCannotGrowTheCache() {
    // regression: every name asked for was cached, a miss as an empty array: /docs/a1.js, /docs/a2.js...
    // grew the cache without bound
    SwaggerUi ui = new SwaggerUi();
    for (int i = 0; i < 1000; i++) {
      assertThat(status(ui, "/missing-" + i + ".js")).isEqualTo(404);
    }
    assertThat(ui.cached()).isZero();
    assertThat(status(ui, "/swagger-ui.css")).isEqualTo(200);
    assertThat(status(ui, "/swagger-ui.css")).isEqualTo(200);
    assertThat(ui.cached()).isEqualTo(1);
  }
}
