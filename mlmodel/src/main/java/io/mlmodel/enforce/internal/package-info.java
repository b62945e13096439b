/**
 * Not exported: the enforcement engine. Column, tensor, scalar and param enforcers, the typed sinks
 * that build columns cell by cell under MLflow's conversion rules (shared with the request
 * decoders, so a request is converted once, while it is read), and Python's spellings of values in
 * messages ({@code PyRepr}, {@code PyText}) and of floats anywhere ({@code PyFloat}: {@code repr},
 * also for the answers the request writers write).
 */
@NullMarked
package io.mlmodel.enforce.internal;

import org.jspecify.annotations.NullMarked;
