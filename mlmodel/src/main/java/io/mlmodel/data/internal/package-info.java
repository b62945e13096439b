/**
 * Not exported (except {@code DataAccess} to the runtime modules): the data types' trusted
 * constructors and arrays for the decoders, the enforcement engine and the native predictors, and
 * small helpers the column classes share.
 */
@NullMarked
package io.mlmodel.data.internal;

import org.jspecify.annotations.NullMarked;
