/**
 * Internal: safe access to the files a model directory names. {@link io.mlmodel.io.SafePaths}
 * keeps every name inside the model directory; {@link io.mlmodel.io.TextFiles} and {@link
 * io.mlmodel.io.JsonDocument} read side files under the {@link io.mlmodel.ReadOptions} limits. Not
 * exported; other packages of this library reuse it.
 */
@NullMarked
package io.mlmodel.io;

import org.jspecify.annotations.NullMarked;
