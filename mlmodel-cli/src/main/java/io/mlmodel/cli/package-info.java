/**
 * Internal: the command line ({@code java -jar mlmodel-cli.jar}). Not exported; the commands'
 * output formats and exit codes are documented in README.md and are the CLI's contract.
 */
@NullMarked
package io.mlmodel.cli;

import org.jspecify.annotations.NullMarked;
