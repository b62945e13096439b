package io.mlmodel.write;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.io.SafePaths;
import io.mlmodel.model.MLModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes an {@link MLModel} as MLflow writes it: {@code yaml.safe_dump(model.to_dict(),
 * default_flow_style=False)}, byte for byte. MLflow's normalization applies ({@code
 * Model.from_dict(...).to_dict()} of MLflow 2.17.2): {@code signature} always has {@code inputs},
 * {@code outputs} and {@code params} (null when absent), each schema re-serialized as MLflow's
 * canonical JSON ({@link MLModel#signature()}), a missing {@code model_uuid} is written
 * as {@code model_uuid: null}, null {@code run_id}, {@code artifact_path}, {@code mlflow_version},
 * {@code signature}, {@code saved_input_example_info}, {@code metadata}, {@code model_size_bytes}
 * and {@code resources} are left out, an unquoted {@code utc_time_created} timestamp becomes the
 * string Python's {@code str()} makes of it, and every unknown key is written back.
 *
 * <pre>{@code
 * MLModel model = MLModels.read(dir);
 * MLModelWriter.write(model, dir);          // rewrites dir/MLmodel atomically
 * String yaml = MLModelWriter.toYaml(model); // the same bytes, as text
 * }</pre>
 *
 * <p>Where the two differ, this follows MLflow 2.17.2: it does not add {@code prompts: null},
 * {@code model_id: null} or default {@code is_signature_from_type_hint}/{@code
 * type_hint_from_example} values as MLflow 3 does; those keys are written when the model has them.
 * Stateless and thread-safe. I/O failures are {@link java.io.UncheckedIOException}s.
 */
public final class MLModelWriter {
  /** The descriptor's file name. */
  public static final String MLMODEL = "MLmodel";

  private MLModelWriter() {}

  /**
   * MLflow's {@code Model.to_dict()} for the model: plain values, ready for {@link YamlWriter}.
   *
   * @param model the model to convert
   * @return the model's keys and values after MLflow's normalization (see the class comment), as
   *     maps, lists and scalars
   */
  public static Map<String, Object> toDict(MLModel model) {
    return MLflowDict.of(model);
  }

  /**
   * The MLmodel file's text: pure ASCII, {@code \n} line ends, one final newline.
   *
   * @param model the model to write
   * @return the text MLflow 2.17.2 would write for the model
   * @throws ModelException code {@code unwritable} when a value cannot be written as YAML that
   *     reads back the same, such as a string holding an unpaired surrogate (which a {@code \ud800}
   *     escape in the file can give); located in the MLmodel the model was read from
   */
  public static String toYaml(MLModel model) {
    try {
      return YamlWriter.dump(toDict(model));
    } catch (IllegalArgumentException e) {
      // Regression (issue 16): this escaped to the CLI as an internal error.
      throw new ModelException("unwritable", model.directory().map(d -> Location.of(d.resolve(MLMODEL)))
          .orElse(Location.UNKNOWN), "cannot be written as YAML: " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code directory/MLmodel} atomically (other files in the directory are left alone); the
   * directory is created when missing. When {@code MLmodel} is a symbolic link to a file in the
   * directory, that file is rewritten and the link stays, as MLflow's {@code open(path, "w")} does.
   *
   * @param model the model to write
   * @param directory the model directory; its {@code MLmodel} file is replaced or created
   * @throws ModelException code {@code unwritable} when a value cannot be written, as for {@link
   *     #toYaml(MLModel)}, and code {@code path-escape} when {@code MLmodel} is a symbolic link
   *     leading out of the directory (as reading refuses it); nothing is written then
   * @throws java.io.UncheckedIOException when the file cannot be written or renamed into place
   */
  public static void write(MLModel model, Path directory) {
    byte[] yaml = toYaml(model).getBytes(StandardCharsets.US_ASCII);
    AtomicWrites.writeFile(replaced(directory), yaml);
  }

  /** {@code directory/MLmodel}, or the file it links to (a rename over the link would replace the link). */
  private static Path replaced(Path directory) {
    Path file = directory.resolve(MLMODEL);
    if (!Files.isSymbolicLink(file)) {
      return file;
    }
    SafePaths.resolve(directory, MLMODEL, Location.of(file));
    try {
      return file.toRealPath();
    } catch (NoSuchFileException dangling) {
      return file; // nothing to keep: the link is replaced by the file
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a new model directory in one step: {@code MLmodel} and whatever {@code otherFiles}
   * adds, all or nothing; see {@link AtomicWrites#writeDirectory}. An existing directory is
   * replaced only with {@link WriteOptions#replaceExisting()}.
   *
   * @param model the model whose {@code MLmodel} file is written
   * @param directory the target model directory; missing parent directories are created
   * @param otherFiles writes the model's other files (artifacts, environment files) into the
   *     temporary directory it is given; an {@code MLmodel} it writes there is overwritten
   * @param options whether an existing target directory may be replaced
   * @throws ModelException code {@code unwritable} when a value cannot be written, as for {@link
   *     #toYaml(MLModel)}; nothing is written then
   * @throws java.io.UncheckedIOException when writing or renaming fails (the target is then as it
   *     was), or wrapping a {@link java.nio.file.FileAlreadyExistsException} when the target
   *     exists and {@code options} does not allow replacing it
   */
  public static void writeDirectory(MLModel model, Path directory, DirectoryContent otherFiles, WriteOptions options) {
    byte[] yaml = toYaml(model).getBytes(StandardCharsets.US_ASCII);
    AtomicWrites.writeDirectory(directory, tmp -> {
      otherFiles.writeTo(tmp);
      Files.write(tmp.resolve(MLMODEL), yaml);
    }, options);
  }
}
