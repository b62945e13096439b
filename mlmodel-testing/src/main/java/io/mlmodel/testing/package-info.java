/**
 * The testing kit: what a service that embeds this library needs to test its models. Needs JUnit
 * Jupiter and AssertJ on the test class path (optional dependencies of this library).
 *
 * <ul>
 *   <li>{@link io.mlmodel.testing.MLModelAssertions}: AssertJ assertions for models ({@link
 *       io.mlmodel.testing.MLModelAssert}), signatures ({@link io.mlmodel.testing.SignatureAssert})
 *       and validation findings ({@link io.mlmodel.testing.FindingsAssert}), {@code
 *       assertThat(model).hasFlavor("onnx").signature().hasInput("x")};
 *   <li>{@link io.mlmodel.testing.MLModelFixture}: a JUnit 5 parameter annotation that reads a
 *       fixture folder (class path, path or model URI) and injects the model, its folder, or a
 *       predictor;
 *   <li>{@link io.mlmodel.testing.TempModelFolder}: writes a small MLflow model folder in a test;
 *   <li>{@link io.mlmodel.testing.GoldenCheck}: runs a folder's input example through its
 *       predictor and compares the output with a stored expected output, cell by cell.
 * </ul>
 *
 * <p>See docs/testing-kit.md.
 */
@NullMarked
package io.mlmodel.testing;

import org.jspecify.annotations.NullMarked;
