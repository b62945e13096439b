package io.mlmodel.cli;

import io.mlmodel.Location;
import io.mlmodel.MLModelException;
import io.mlmodel.io.JsonValues;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of a failure, shared by every command that prints JSON. */
final class Errors {
  private Errors() {}

  /** {@code {"path": ..., "error": {"message", "code", "file", "line", "column", "key"}}}. */
  static ObjectNode toJson(String path, MLModelException e) {
    ObjectNode o = JsonValues.F.objectNode();
    o.put("path", path);
    ObjectNode error = o.putObject("error");
    error.put("message", CliMessages.cli(e.getMessage()));
    error.put("code", e.code());
    putLocation(error, e.location());
    return o;
  }

  /** Adds {@code file}, {@code line}, {@code column} and {@code key}, null where unknown. */
  static void putLocation(ObjectNode o, Location at) {
    if (at.file() == null) {
      o.putNull("file");
    } else {
      o.put("file", at.file().toString());
    }
    if (at.line() > 0) {
      o.put("line", at.line());
    } else {
      o.putNull("line");
    }
    if (at.column() > 0) {
      o.put("column", at.column());
    } else {
      o.putNull("column");
    }
    o.put("key", at.keyPath());
  }
}
