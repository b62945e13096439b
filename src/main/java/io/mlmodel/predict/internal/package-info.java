/**
 * What the predict packages share that is not API: {@link io.mlmodel.predict.internal.TensorAccess}.
 * Not exported, so nothing here is for users, and it may change in any release.
 */
@NullMarked
package io.mlmodel.predict.internal;

import org.jspecify.annotations.NullMarked;
