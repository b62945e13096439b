/**
 * A model's saved input example ({@code input_example.json}) as typed Java values, and its
 * ready-made scoring request ({@code serving_input_example.json}).
 *
 * <p>Start at {@link io.mlmodel.example.InputExamples#load}, which takes the MLmodel's raw {@code
 * saved_input_example_info} mapping and returns an {@link io.mlmodel.example.InputExample}: a
 * {@link io.mlmodel.example.DataFrameExample}, {@link io.mlmodel.example.TensorExample}, {@link
 * io.mlmodel.example.TensorDictExample}, {@link io.mlmodel.example.JsonObjectExample} or {@link
 * io.mlmodel.example.SparseExample}, with the example's inference params when it has them. Every
 * example type and file layout MLflow has written since 1.9 is read (see docs/input-examples.md).
 * Checking an example against the signature is not done here.
 */
@NullMarked
package io.mlmodel.example;

import org.jspecify.annotations.NullMarked;
