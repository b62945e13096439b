/**
 * Predicting through an MLflow scoring endpoint: {@link io.mlmodel.remote.RemotePredictor} (the
 * entry point), its settings {@link io.mlmodel.remote.RemoteOptions}, the failures that are the
 * endpoint's ({@link io.mlmodel.remote.EndpointException}) and the opt-in fallback loader {@link
 * io.mlmodel.remote.RemoteLoader}. See docs/remote.md.
 */
@NullMarked
package io.mlmodel.remote;

import org.jspecify.annotations.NullMarked;
