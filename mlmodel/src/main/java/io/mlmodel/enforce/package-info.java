/**
 * MLflow's schema enforcement: {@link io.mlmodel.enforce.Enforcement} checks and converts an input
 * and its params against a signature exactly as MLflow's {@code PyFuncModel.predict} does, in
 * MLflow's mode or in our safer one ({@link io.mlmodel.enforce.EnforcementOptions}). See
 * docs/enforcement.md.
 *
 * <p>Uses {@code io.mlmodel.data} and {@code io.mlmodel.signature}; the engine itself lives in the
 * non-exported {@code io.mlmodel.enforce.internal}.
 */
@NullMarked
package io.mlmodel.enforce;

import org.jspecify.annotations.NullMarked;
