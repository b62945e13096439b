/**
 * The {@code s3://} artifact store: {@link io.mlmodel.tracking.s3.S3StoreProvider}, found by the
 * tracking client with {@link java.util.ServiceLoader}.
 */
@NullMarked
package io.mlmodel.tracking.s3;

import org.jspecify.annotations.NullMarked;
