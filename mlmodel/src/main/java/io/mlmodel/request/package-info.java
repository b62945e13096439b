/**
 * MLflow's scoring formats: {@link io.mlmodel.request.ScoringRequests} decodes the request bodies of
 * MLflow's scoring server (JSON {@code dataframe_split}, {@code dataframe_records}, {@code instances},
 * {@code inputs}, with {@code params}, and CSV) straight into enforced data, {@link
 * io.mlmodel.request.Predictions} writes its responses, and {@link io.mlmodel.request.RequestValidator}
 * checks a request against a model without running it.
 *
 * <p>Uses {@code io.mlmodel.data}, {@code io.mlmodel.enforce} and the engine in {@code
 * io.mlmodel.enforce.internal}; the readers live in the non-exported {@code
 * io.mlmodel.request.internal}.
 */
@NullMarked
package io.mlmodel.request;

import org.jspecify.annotations.NullMarked;
