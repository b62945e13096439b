/**
 * The typed MLmodel: {@link io.mlmodel.model.MLModel}, its flavors and their typed views. Every
 * value is immutable; every key the library does not know is kept, in document order, with its
 * typed value, so that a rewrite loses nothing.
 */
@NullMarked
package io.mlmodel.model;

import org.jspecify.annotations.NullMarked;
