/**
 * Not exported: the streaming readers of each scoring format (JSON forms, TF-serving {@code
 * instances}/{@code inputs}, CSV), the size-limited input, and the JSON writer of values.
 */
@NullMarked
package io.mlmodel.request.internal;

import org.jspecify.annotations.NullMarked;
