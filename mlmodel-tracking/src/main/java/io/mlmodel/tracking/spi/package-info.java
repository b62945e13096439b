/**
 * The service provider interface for artifact stores that a tracking server points at without
 * serving them ({@code s3://}, ...): {@link io.mlmodel.tracking.spi.ArtifactStoreProvider} opens an
 * {@link io.mlmodel.tracking.spi.ArtifactStore} that lists folders and downloads files.
 */
@NullMarked
package io.mlmodel.tracking.spi;

import org.jspecify.annotations.NullMarked;
