/**
 * Model URIs resolved against an MLflow tracking server, with a local cache: start at {@link
 * io.mlmodel.tracking.TrackingClient}.
 */
@NullMarked
package io.mlmodel.tracking;

import org.jspecify.annotations.NullMarked;
