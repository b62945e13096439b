package io.mlmodel.validate;

import io.mlmodel.Location;
import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.io.SafePaths;
import io.mlmodel.model.MLModel;
import io.mlmodel.model.ModelReader;
import io.mlmodel.yaml.YamlDocument;
import io.mlmodel.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a folder's MLmodel for validation: the parsed document, and the model as {@link
 * MLModels#read} builds it. A signature MLflow cannot parse fails that read; then the model is
 * built from the same text with the signature commented out, line for line, so that every other
 * rule still runs with the same lines and columns, and the signature rule reports the signature's
 * problems from the document.
 */
final class ModelSource {
  private static final Pattern SIGNATURE_KEY = Pattern.compile("signature[ \\t]*:.*", Pattern.DOTALL);

  /** What was read: the document and model, or the failure that stopped reading. */
  record Loaded(@Nullable YamlDocument document, @Nullable MLModel model, @Nullable ModelException failure) {}

  private ModelSource() {}

  static Loaded load(Path dir, ReadOptions options) {
    Path file = dir.resolve(MLModels.MLMODEL);
    YamlDocument document;
    try {
      if (!Files.isRegularFile(file)) {
        MLModels.read(dir, options);
      }
      SafePaths.resolve(dir, MLModels.MLMODEL, Location.of(file));
      document = YamlReader.read(file, options);
    } catch (ModelException e) {
      return new Loaded(null, null, e);
    }
    try {
      return new Loaded(document, ModelReader.read(document, dir), null);
    } catch (ModelException e) {
      if (!e.location().keyPath().startsWith("signature")) {
        return new Loaded(document, null, e);
      }
      try {
        String text = withoutSignature(read(file));
        return new Loaded(document, ModelReader.read(YamlReader.parseText(text, file, options), dir), null);
      } catch (ModelException again) {
        return new Loaded(document, null, e);
      }
    }
  }

  /** {@code text} with the top-level {@code signature} block commented out, keeping every line. */
  static String withoutSignature(String text) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    boolean inBlock = false;
    for (String line : text.split("(?<=\n)", -1)) {
      if (SIGNATURE_KEY.matcher(line).matches()) {
        inBlock = true;
      } else if (inBlock && !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#') {
        inBlock = false;
      }
      out.append(inBlock && !line.isBlank() ? "#" + line : line);
    }
    return out.toString();
  }

  private static String read(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
