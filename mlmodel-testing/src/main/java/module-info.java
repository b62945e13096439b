/**
 * The testing kit: AssertJ assertions over models and findings, a JUnit 5 extension that injects
 * fixture folders, and golden checks that run a model on its saved example. Start at {@link
 * io.mlmodel.testing.MLModelAssertions}.
 */
module io.mlmodel.testing {
  requires transitive io.mlmodel;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires static org.jspecify;

  exports io.mlmodel.testing;
}
