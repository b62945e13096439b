/**
 * The entry point ({@link io.mlmodel.MLModels}), the settings and the exception hierarchy.
 */
@NullMarked
package io.mlmodel;

import org.jspecify.annotations.NullMarked;
