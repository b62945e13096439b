/**
 * Internal: the command line ({@code bin/mlmodel} of the distribution {@code target/mlmodel}). Not
 * exported; the commands' output formats and exit codes are documented in README.md and are the CLI's contract.
 */
@NullMarked
package io.mlmodel.cli;

import org.jspecify.annotations.NullMarked;
