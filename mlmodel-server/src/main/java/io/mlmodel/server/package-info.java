/**
 * The scoring server: {@link io.mlmodel.server.ScoringServer} started with a {@link
 * io.mlmodel.server.ServerConfig}; {@link io.mlmodel.server.ServerArguments} builds that config
 * from a command line, for {@link io.mlmodel.server.ServerMain} and the CLI's {@code mlmodel
 * serve}. Everything else in this package is internal.
 */
@NullMarked
package io.mlmodel.server;

import org.jspecify.annotations.NullMarked;
