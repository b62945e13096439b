/**
 * MLflow's model signature: what a model takes ({@link io.mlmodel.signature.ModelSignature#inputs()
 * inputs}), what it returns ({@link io.mlmodel.signature.ModelSignature#outputs() outputs}) and the
 * parameters it accepts ({@link io.mlmodel.signature.ModelSignature#params() params}).
 *
 * <p>A {@link io.mlmodel.signature.Schema} is either a list of {@link
 * io.mlmodel.signature.ColSpec column specs} (typed by a {@link io.mlmodel.signature.ColumnType}) or
 * a list of {@link io.mlmodel.signature.TensorSpec tensor specs} (typed by a {@link
 * io.mlmodel.signature.NumpyDtype}). {@link io.mlmodel.signature.SignatureParser} reads the JSON
 * strings an {@code MLmodel} file holds, with MLflow's rules and located errors; {@code toJson()}
 * writes them back exactly as MLflow does. {@link io.mlmodel.signature.OpenInference} maps a
 * signature to Open Inference Protocol (V2) metadata the way Seldon MLServer does.
 *
 * <p>Every type here is immutable and thread-safe.
 */
@NullMarked
package io.mlmodel.signature;

import org.jspecify.annotations.NullMarked;
