package io.mlmodel.io;

import static io.mlmodel.io.OnnxProto.externalTensor;
import static io.mlmodel.io.OnnxProto.graphWith;
import static io.mlmodel.io.OnnxProto.graphWithSubgraph;
import static io.mlmodel.io.OnnxProto.message;
import static io.mlmodel.io.OnnxProto.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression (issue 16, item 1): external-data locations inside an ONNX file are held to the
 * folder rules wherever the tensor sits (main graph, subgraph, sparse initializer, function,
 * training graph), before ONNX Runtime sees them.
 */
class OnnxExternalDataTest {
  private static final Location AT = new Location(Path.of("MLmodel"), 3, 11, "flavors.onnx.data");

  @TempDir Path dir;

  private List<OnnxExternalData.Reference> confine(Path modelDir, byte[] onnx, String name) throws IOException {
    Path file = modelDir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, onnx);
    return OnnxExternalData.confine(modelDir, file, AT, ReadOptions.defaults());
  }

  @ParameterizedTest
  @ValueSource(strings = {"../secret.bin", "/etc/passwd", "a/../../secret.bin", "C:\\\\secret.bin", "..\\\\secret.bin"})
  void anInitializerOutsideTheFolderIsRefused(String location) throws IOException {
    Path m = Files.createDirectories(dir.resolve("m"));
    assertThatThrownBy(() -> confine(m, model(graphWith(externalTensor("W", location))), "model.onnx"))
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith("MLmodel:3:11: flavors.onnx.data: model.onnx: tensor 'W' stores its data in '"
            + location + "': ")
        .hasMessageEndingWith("; ONNX Runtime would open that file")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
  }

  @Test
  void anInitializerInASubgraphIsChecked() throws IOException {
    byte[] onnx = model(graphWithSubgraph(graphWithSubgraph(graphWith(externalTensor("deep", "../../x.bin")))));
    Path m = Files.createDirectories(dir.resolve("m"));
    assertThatThrownBy(() -> confine(m, onnx, "model.onnx"))
        .hasMessageContaining("tensor 'deep' stores its data in '../../x.bin'")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
  }

  @Test
  void sparseInitializersFunctionsAndTrainingGraphsAreChecked() throws IOException {
    Path m = Files.createDirectories(dir.resolve("m"));
    OnnxProto sparse = message().message(15, message().message(1, externalTensor("values", "/abs/v.bin")));
    assertThatThrownBy(() -> confine(m, model(sparse), "a.onnx")).hasMessageContaining("tensor 'values'");
    OnnxProto attribute = message().string(1, "body").message(11, graphWith(externalTensor("f", "../f.bin")));
    byte[] function = message().number(1, 8).message(25, message().string(1, "fn")
        .message(7, message().message(5, attribute))).toBytes();
    assertThatThrownBy(() -> confine(m, function, "b.onnx")).hasMessageContaining("tensor 'f'");
    byte[] training = message().number(1, 8).message(20, message().message(2, graphWith(externalTensor("t", "../t.bin"))))
        .toBytes();
    assertThatThrownBy(() -> confine(m, training, "c.onnx")).hasMessageContaining("tensor 't'");
  }

  @Test
  void aSymlinkedDataFileLeadingOutIsRefused() throws IOException {
    Path m = Files.createDirectories(dir.resolve("m"));
    Path secret = Files.writeString(dir.resolve("secret.bin"), "0123");
    Files.createSymbolicLink(m.resolve("w.bin"), secret);
    assertThatThrownBy(() -> confine(m, model(graphWith(externalTensor("W", "w.bin"))), "model.onnx"))
        .hasMessageContaining("through a symbolic link")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
  }

  @Test
  void locationsResolveAgainstTheModelFilesFolderInsideTheModel() throws IOException {
    Path m = Files.createDirectories(dir.resolve("m"));
    List<OnnxExternalData.Reference> refs = confine(m, model(graphWithSubgraph(graphWith(externalTensor("W", "../w.bin")))),
        "sub/model.onnx");
    assertThat(refs).containsExactly(new OnnxExternalData.Reference("W", "../w.bin", m.resolve("w.bin")));
    assertThatThrownBy(() -> confine(m, model(graphWith(externalTensor("W", "../../w.bin"))), "sub/model.onnx"))
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
  }

  @Test
  void aModelWithoutExternalDataHasNoReferences() throws IOException {
    Path m = Files.createDirectories(dir.resolve("m"));
    assertThat(confine(m, Files.readAllBytes(Path.of("testdata/onnx/dtypes/model.onnx")), "model.onnx")).isEmpty();
    assertThat(confine(m, Files.readAllBytes(Path.of("testdata/onnx/external_data/model.onnx")), "x.onnx"))
        .extracting(OnnxExternalData.Reference::location).containsOnly("model.onnx.data");
  }

  @Test
  void aFileThatIsNotProtobufIsBadOnnx() throws IOException {
    Path m = Files.createDirectories(dir.resolve("m"));
    assertThatThrownBy(() -> confine(m, new byte[] {0x3A, 0x7F, 1}, "model.onnx"))
        .hasMessage("MLmodel:3:11: flavors.onnx.data: model.onnx is not a well-formed ONNX model: field 7 is 127 bytes"
            + " long but only 1 remain")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-onnx");
  }

  @Test
  void subgraphsNestedPastMaxDepthAreALimit() throws IOException {
    OnnxProto g = graphWith(externalTensor("W", "w.bin"));
    for (int i = 0; i < 120; i++) {
      g = graphWithSubgraph(g);
    }
    byte[] onnx = model(g);
    Path m = Files.createDirectories(dir.resolve("m"));
    assertThatThrownBy(() -> confine(m, onnx, "model.onnx"))
        .hasMessageContaining("nests subgraphs more than 100 levels deep (ReadOptions.maxDepth)")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("limit");
  }

  /** Regression: ONNX Runtime reads this location from the memory address in 'offset' (a JVM crash). */
  @Test
  void theInMemoryLocationTagIsRefused() throws IOException {
    Path m = Files.createDirectories(dir.resolve("m"));
    assertThatThrownBy(() -> confine(m, model(graphWith(externalTensor("W", "*/_ORT_MEM_ADDR_/*"))), "model.onnx"))
        .hasMessage("MLmodel:3:11: flavors.onnx.data: model.onnx: tensor 'W' stores its data in '*/_ORT_MEM_ADDR_/*',"
            + " which makes ONNX Runtime read the tensor from the memory address written in its 'offset', not from"
            + " a file; a model file may not use it")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-path");
  }

  /** Regression: a field length whose varint is 2^64-1 was read as -1 and escaped as IndexOutOfBoundsException. */
  @Test
  void aLengthThatOverflowsToNegativeIsBadOnnx() throws IOException {
    Path m = Files.createDirectories(dir.resolve("m"));
    byte[] onnx = {0x3A, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0x01, 0x00};
    assertThatThrownBy(() -> confine(m, onnx, "model.onnx"))
        .hasMessage("MLmodel:3:11: flavors.onnx.data: model.onnx is not a well-formed ONNX model: field 7 is"
            + " 18446744073709551615 bytes long but only 1 remain")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-onnx");
  }

  /**
   * Regression: a location that is not UTF-8 was decoded with U+FFFD in place of its bad bytes, so
   * the symbolic-link check looked at another name than the one ONNX Runtime opens.
   */
  @Test
  void aLocationThatIsNotUtf8IsBadOnnx() throws IOException {
    Path m = Files.createDirectories(dir.resolve("m"));
    byte[] location = {'w', (byte) 0xFF, '.', 'b', 'i', 'n'};
    OnnxProto tensor = message().string(8, "W").number(2, 1)
        .message(13, message().string(1, "location").bytes(2, location)).number(14, 1);
    assertThatThrownBy(() -> confine(m, model(graphWith(tensor)), "model.onnx"))
        .hasMessageStartingWith("MLmodel:3:11: flavors.onnx.data: model.onnx is not a well-formed ONNX model: field 2")
        .hasMessageContaining("is not UTF-8")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-onnx");
  }

  /**
   * Regression: the default attribute values of a function (FunctionProto.attribute_proto, field
   * 11) were not scanned, so a tensor there could name data outside the folder.
   */
  @Test
  void aFunctionsDefaultAttributeTensorIsChecked() throws IOException {
    Path m = Files.createDirectories(dir.resolve("m"));
    OnnxProto attribute = message().string(1, "value").message(5, externalTensor("dflt", "../d.bin")).number(20, 4);
    byte[] onnx = message().number(1, 8).message(25, message().string(1, "fn").message(11, attribute)).toBytes();
    assertThatThrownBy(() -> confine(m, onnx, "model.onnx"))
        .hasMessage("MLmodel:3:11: flavors.onnx.data: model.onnx: tensor 'dflt' stores its data in '../d.bin':"
            + " '../d.bin' leads outside the model directory; ONNX Runtime would open that file")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
  }

  /** The system follows a/b/up/../../x through up (a link to the folder) to the folder's parent. */
  @Test
  void aDotDotAfterALinkInsideTheLocationIsFollowedAsTheSystemDoes() throws IOException {
    Path m = Files.createDirectories(dir.resolve("m"));
    Files.createDirectories(m.resolve("a/b"));
    Files.createSymbolicLink(m.resolve("a/b/up"), Path.of("../.."));
    Files.writeString(dir.resolve("x.bin"), "0123");
    assertThatThrownBy(() -> confine(m, model(graphWith(externalTensor("W", "a/b/up/../../x.bin"))), "model.onnx"))
        .hasMessage("MLmodel:3:11: flavors.onnx.data: model.onnx: tensor 'W' stores its data in 'a/b/up/../../x.bin',"
            + " which the system resolves through a symbolic link to " + dir.toRealPath() + ", outside the model"
            + " directory; ONNX Runtime would open that file")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
    assertThat(confine(m, model(graphWith(externalTensor("W", "a/b/up/a/w.bin"))), "model.onnx"))
        .extracting(OnnxExternalData.Reference::path).containsExactly(m.resolve("a/b/up/a/w.bin"));
  }
}
