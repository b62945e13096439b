package io.mlmodel.cli;

import io.mlmodel.MLModelException;
import io.mlmodel.MLModels;
import io.mlmodel.io.JsonValues;
import io.mlmodel.model.MLModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/** {@code inspect [--json] DIR...}: what each model folder holds. */
final class InspectCommand implements CliCommand {
  static final CommandSpec<InspectCommand> SPEC = new CommandSpec<InspectCommand>("inspect",
      "Summarizes model folders: flavors, signature, environment, example.")
      .flag("--json", "One JSON object per folder per line (JSON Lines).", (c, v) -> c.json = v)
      .params("DIR", 1, -1, "Model folders, MLmodel files or model URIs.", (c, v) -> c.dirs = v);

  boolean json;
  List<String> dirs = List.of();

  /** How an argument becomes a folder; tests put a failing one here. */
  Function<String, Path> resolver = Targets::resolve;

  @Override
  public int call(PrintWriter out, PrintWriter err) {
    int failed = Batch.each(dirs, dir -> {
      MLModel model = MLModels.read(resolver.apply(dir));
      // built in full before printing, so that a failure prints nothing but the error
      out.print(json ? Json.MAPPER.writeValueAsString(toJson(dir, model)) + System.lineSeparator() : Summary.of(dir, model));
    }, (dir, e) -> {
      if (json) {
        out.println(Json.MAPPER.writeValueAsString(Errors.toJson(dir, e)));
      }
      err.println(CliMessages.error(e));
    });
    out.flush();
    err.flush();
    return failed == 0 ? 0 : Main.FAILED;
  }

  static ObjectNode toJson(String path, MLModel model) {
    ObjectNode o = JsonValues.F.objectNode();
    o.put("path", path);
    ObjectNode flavors = o.putObject("flavors");
    model.flavors().forEach((name, f) -> flavors.set(name, JsonValues.typed(f.config())));
    o.set("signature", SignatureJson.of(model));
    for (Map.Entry<String, Object> e : model.toMap().entrySet()) {
      if (!e.getKey().equals("flavors") && !e.getKey().equals("signature")) {
        o.set(e.getKey(), JsonValues.typed(e.getValue()));
      }
    }
    return o;
  }
}
