/**
 * The tracking client's machinery, not API: MLflow's environment variables, HTTP with MLflow's
 * retries, the REST calls, the artifact proxy, the download walk and the cache.
 */
@NullMarked
package io.mlmodel.tracking.internal;

import org.jspecify.annotations.NullMarked;
