package io.mlmodel.io;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files an ONNX model makes ONNX Runtime open: the {@code location} of every tensor stored as
 * external data, in the main graph, in every subgraph (attributes of {@code If}, {@code Loop},
 * {@code Scan}...), in sparse tensors, functions (their nodes and default attributes) and training
 * graphs. ONNX Runtime resolves a location against the model file's folder and follows {@code ..},
 * absolute paths and symbolic links, so a model could read any file on the machine; {@link
 * #confine} applies the {@link SafePaths} rules to each location first, and refuses ONNX Runtime's
 * in-memory location, with which it would read from the memory address the model writes as the
 * offset. The file is read with a small protocol buffers reader (memory-mapped, and {@code
 * OnnxTensorWalk} decodes only the fields on the way to a tensor's external data), so a large
 * model costs no heap. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<OnnxExternalData.Reference> refs = OnnxExternalData.confine(modelDir, modelFile, at, options);
 * }</pre>
 */
public final class OnnxExternalData {
  /**
   * One external-data location.
   *
   * @param tensor the tensor's name as the model writes it (may be empty)
   * @param location the location as written
   * @param path the file it names, inside the model folder
   */
  public record Reference(String tensor, String location, Path path) {}

  /** ONNX Runtime's tag for data held in memory (kTensorProtoMemoryAddressTag in tensorprotoutils). */
  private static final String MEMORY_ADDRESS = "_ORT_MEM_ADDR_";

  private OnnxExternalData() {}

  /**
   * Every external-data location of {@code modelFile}, each checked by {@link SafePaths} against
   * {@code modelDir}, relative to the model file's folder as ONNX Runtime resolves it.
   *
   * @param modelDir the model folder
   * @param modelFile the ONNX file, inside {@code modelDir}
   * @param at where the MLmodel names the ONNX file, for errors
   * @param options {@link ReadOptions#maxDepth()} bounds the nesting of subgraphs
   * @return one reference per external-data location, in the order the file holds them (a new,
   *     modifiable list; empty when the model keeps all its tensors inside the file); every path
   *     is inside {@code modelDir}, though the file it names may not exist
   * @throws ModelException code {@code path-escape} or {@code bad-path} for a location that leaves
   *     the folder (by name, or as the system follows it: {@link PhysicalPath}), or that is ONNX
   *     Runtime's in-memory tag {@code *}{@code /_ORT_MEM_ADDR_/*}; {@code bad-onnx} when the file
   *     is not a well-formed ONNX protocol buffer;
   *     {@code limit} for subgraphs nested deeper than the limit
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<Reference> confine(Path modelDir, Path modelFile, Location at, ReadOptions options) {
    Path parent = modelDir.toAbsolutePath().normalize().relativize(modelFile.toAbsolutePath().normalize().getParent());
    String prefix = parent.toString().isEmpty() ? "" : parent.toString().replace('\\', '/') + "/";
    List<Reference> out = new ArrayList<>();
    for (String[] found : locations(modelFile, at, options)) {
      String tensor = found[0];
      String location = found[1];
      if (location.contains(MEMORY_ADDRESS)) {
        // ONNX Runtime then reads 'length' bytes at the memory address written in 'offset': a crash or a leak.
        throw new ModelException("bad-path", at, modelFile.getFileName() + ": tensor '" + tensor
            + "' stores its data in '" + location + "', which makes ONNX Runtime read the tensor from the"
            + " memory address written in its 'offset', not from a file; a model file may not use it");
      }
      Path path;
      try {
        path = SafePaths.resolve(modelDir, SafePaths.isAbsolute(location) ? location : prefix + location, at);
      } catch (ModelException e) {
        throw new ModelException(e.code(), at, modelFile.getFileName() + ": tensor '" + tensor
            + "' stores its data in '" + location + "': " + e.problem()
            + "; ONNX Runtime would open that file", e);
      }
      if (!SafePaths.isAbsolute(location)) {
        // ONNX Runtime opens the location as written, beside the model file: '..' after a link is physical.
        Optional<Path> outside = PhysicalPath.escape(modelDir, modelFile.toAbsolutePath().getParent(), location);
        if (outside.isPresent()) {
          throw new ModelException("path-escape", at, modelFile.getFileName() + ": tensor '" + tensor
              + "' stores its data in '" + location + "', which the system resolves through a symbolic link to "
              + outside.get() + ", outside the model directory; ONNX Runtime would open that file");
        }
      }
      out.add(new Reference(tensor, location, path));
    }
    return out;
  }

  /** The (tensor name, location) pairs of {@code modelFile}, unchecked. */
  static List<String[]> locations(Path modelFile, Location at, ReadOptions options) {
    ByteBuffer bytes = map(modelFile, at);
    List<String[]> out = new ArrayList<>();
    try {
      new OnnxTensorWalk(out, options.maxDepth(), at).model(new ProtoReader(bytes));
    } catch (ProtoReader.Malformed e) {
      throw new ModelException("bad-onnx", at, modelFile.getFileName()
          + " is not a well-formed ONNX model: " + e.getMessage());
    }
    return out;
  }

  private static ByteBuffer map(Path file, Location at) {
    try {
      long size = Files.size(file);
      if (size > Integer.MAX_VALUE) {
        throw new ModelException("bad-onnx", at, file.getFileName() + " is " + size
            + " bytes; an ONNX protocol buffer holds at most 2 GiB (larger weights go in external data)");
      }
      if (file.getFileSystem() != FileSystems.getDefault()) {
        return ByteBuffer.wrap(Files.readAllBytes(file));
      }
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        return ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
