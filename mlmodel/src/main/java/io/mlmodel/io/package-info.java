/**
 * Internal: safe access to the files a model directory names. {@link io.mlmodel.io.SafePaths}
 * keeps every name inside the model directory; {@link io.mlmodel.io.TextFiles} and {@link
 * io.mlmodel.io.JsonDocument} read side files under the {@link io.mlmodel.ReadOptions} limits;
 * {@link io.mlmodel.io.FrozenValues} makes the deeply unmodifiable copies of plain values that
 * models and input examples built in Java keep; {@link io.mlmodel.io.ControlChars} and {@link
 * io.mlmodel.io.UrlText} make a model's text and a URL safe to show. Not part of the public API:
 * exported only to this library's own modules ({@code io.mlmodel.onnx}, {@code io.mlmodel.testing},
 * {@code io.mlmodel.cli}, ...), which reuse it.
 */
@NullMarked
package io.mlmodel.io;

import org.jspecify.annotations.NullMarked;
