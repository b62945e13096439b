package io.mlmodel.cli;

import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI's one JSON mapper, built on first use. Picocli instantiates every subcommand at start,
 * so a mapper held in a command's static field was built (hundreds of Jackson classes loaded) even
 * for a plain-text {@code inspect}; in its own class it is built only by the commands that print
 * JSON. Thread-safe: a configured mapper is immutable.
 */
final class Json {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}
}
