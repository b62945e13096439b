package io.mlmodel.cli;

import java.io.PrintWriter;

/** A command, its options already read into its fields by its {@link CommandSpec}. */
interface CliCommand {
  /**
   * Runs the command.
   *
   * @param out where results go (standard output in a real run)
   * @param err where {@code error:} lines go (standard error in a real run)
   * @return the exit code: 0, {@link Main#FAILED} or {@link Main#USAGE}
   * @throws Exception what {@link Main} turns into one {@code error:} line; a {@link UsageException}
   *     is printed with the command's usage
   */
  int call(PrintWriter out, PrintWriter err) throws Exception;
}
