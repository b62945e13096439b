/**
 * The scoring server: {@link io.mlmodel.server.ScoringServer} started with a {@link
 * io.mlmodel.server.ServerConfig}. Everything else in this package is internal.
 */
@NullMarked
package io.mlmodel.server;

import org.jspecify.annotations.NullMarked;
