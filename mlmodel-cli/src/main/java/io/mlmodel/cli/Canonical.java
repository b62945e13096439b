package io.mlmodel.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a file differs from MLflow's bytes in ways a line diff shows poorly: a byte order mark,
 * carriage returns or a missing final newline. MLflow writes none of them.
 */
final class Canonical {
  private Canonical() {}

  /** {@code " (a byte order mark, CRLF line ends)"}, or empty when there is nothing of the kind. */
  static String why(byte[] file) {
    List<String> reasons = new ArrayList<>();
    if (file.length >= 3 && (file[0] & 0xff) == 0xEF && (file[1] & 0xff) == 0xBB && (file[2] & 0xff) == 0xBF) {
      reasons.add("a byte order mark");
    }
    for (byte b : file) {
      if (b == '\r') {
        reasons.add("CRLF line ends");
        break;
      }
    }
    if (file.length > 0 && file[file.length - 1] != '\n') {
      reasons.add("no final newline");
    }
    return reasons.isEmpty() ? "" : " (" + String.join(", ", reasons) + ")";
  }
}
