package io.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The exception root keeps its contract through Java serialization. */
class MLModelExceptionTest {

  private static MLModelException roundTrip(MLModelException e) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (MLModelException) in.readObject();
    }
  }

  @Test
  void aDeserializedExceptionKeepsItsLocation() throws Exception {
    Location at = new Location(Path.of("/models/m/MLmodel"), 3, 5, "flavors.onnx.data");
    MLModelException back = roundTrip(new ModelException("bad-value", at, "expected a string, found a list"));
    assertThat(back).isInstanceOf(ModelException.class)
        .hasMessage("/models/m/MLmodel:3:5: flavors.onnx.data: expected a string, found a list");
    assertThat(back.location()).isEqualTo(at);
    assertThat(back.code()).isEqualTo("bad-value");
    assertThat(back.problem()).isEqualTo("expected a string, found a list");

    MLModelException unknown = roundTrip(new LimitExceededException(Location.UNKNOWN, "too big"));
    assertThat(unknown.location()).isEqualTo(Location.UNKNOWN);
    assertThat(unknown.code()).isEqualTo("limit");
  }
}
