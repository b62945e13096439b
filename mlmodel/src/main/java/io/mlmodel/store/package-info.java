/**
 * Model URIs and the local MLflow tracking folder ({@code mlruns/}): {@link
 * io.mlmodel.store.ModelUri} parses {@code runs:/}, {@code models:/}, {@code file:} URIs and plain
 * paths; {@link io.mlmodel.store.TrackingStore} reads a file store's experiments, runs, logged
 * models and model registry into typed records and resolves any model URI to the model folder on
 * disk; {@link io.mlmodel.store.ModelLocations} does that for one string, with the store named by
 * {@code MLFLOW_TRACKING_URI}.
 *
 * <p>Only local stores are read: a URI that needs a tracking server or a cloud artifact store is
 * refused with a {@link io.mlmodel.ModelException} of code {@code unsupported-uri}. Paths recorded
 * on another machine (a Windows {@code file:C:\...} artifact location in a store committed to git)
 * are found again inside the store they belong to.
 */
@NullMarked
package io.mlmodel.store;

import org.jspecify.annotations.NullMarked;
