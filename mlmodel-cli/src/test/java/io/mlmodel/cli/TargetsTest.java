package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.testsupport.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CLI takes model URIs wherever it takes a folder. */
class TargetsTest {
  private String before;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void pointAtTestStore() {
    before = System.getProperty("mlmodel.trackingUri");
    System.setProperty("mlmodel.trackingUri", TestData.mlruns().toUri().toString());
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty("mlmodel.trackingUri");
    } else {
      System.setProperty("mlmodel.trackingUri", before);
    }
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void inspectAcceptsRegistryAndRunUris() {
    assertThat(run("inspect", "--json", "models:/iris@champion", "runs:/bebf3a24cf54434d9459e85a66589e51/model"))
        .isZero();
    assertThat(out.toString().lines().toList()).hasSize(2);
    assertThat(out.toString()).contains("\"run_id\":\"2f640808bc584ed68b733a2f7fd6aa0e\"")
        .contains("\"run_id\":\"bebf3a24cf54434d9459e85a66589e51\"");
  }

  @Test
  void anUnknownVersionIsAOneLineErrorNamingTheVersionsThatExist() {
    assertThat(run("inspect", "models:/iris/9")).isEqualTo(1);
    assertThat(err.toString()).startsWith("error: ").endsWith(
        "registered model 'iris' has no version 9; versions: 1 (Archived), 2 (Production), 3 (Staging), 4 (None)"
            + System.lineSeparator());
  }

  @Test
  void aMalformedUriIsAnError() {
    assertThat(run("inspect", "models:/iris/")).isEqualTo(1);
    assertThat(err.toString()).contains("Not a proper models:/ URI: models:/iris/.");
  }

  @Test
  void validateTakesUrisToo() {
    run("validate", "models:/iris/1");
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).startsWith("models:/iris/1: ");
    assertThat(run("validate", "models:/iris@nope")).isEqualTo(1);
    assertThat(err.toString()).contains("registered model 'iris' has no alias 'nope'; aliases: challenger -> 3, champion -> 2");
  }
}
