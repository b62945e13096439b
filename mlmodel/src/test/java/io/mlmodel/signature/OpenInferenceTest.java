package io.mlmodel.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.ModelException;
import io.mlmodel.signature.OpenInference.Datatype;
import io.mlmodel.signature.OpenInference.MetadataTensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** V2 metadata as MLServer's mlserver_mlflow/metadata.py derives it (peers-and-style §2.9). */
class OpenInferenceTest {

  @Test
  void scalarColumns() {
    Schema s = Schema.builder()
        .column("b", DataType.BOOLEAN).column("i", DataType.INTEGER).column("l", DataType.LONG)
        .column("f", DataType.FLOAT).column("d", DataType.DOUBLE).column("s", DataType.STRING)
        .column("y", DataType.BINARY).column("t", DataType.DATETIME).build();
    assertThat(OpenInference.inputs(s)).containsExactly(
        new MetadataTensor("b", Datatype.BOOL, List.of(-1L, 1L), "np"),
        new MetadataTensor("i", Datatype.INT32, List.of(-1L, 1L), "np"),
        new MetadataTensor("l", Datatype.INT64, List.of(-1L, 1L), "np"),
        new MetadataTensor("f", Datatype.FP32, List.of(-1L, 1L), "np"),
        new MetadataTensor("d", Datatype.FP64, List.of(-1L, 1L), "np"),
        new MetadataTensor("s", Datatype.BYTES, List.of(-1L, 1L), "str"),
        new MetadataTensor("y", Datatype.BYTES, List.of(-1L, 1L), "base64"),
        new MetadataTensor("t", Datatype.BYTES, List.of(-1L, 1L), "datetime"));
    assertThat(OpenInference.requestContentType(s)).isEqualTo("pd");
  }

  @Test
  void complexColumnsAreJsonBytes() {
    Schema s = Schema.builder()
        .column("a", ArrayType.of(DataType.LONG)).column("o", ObjectType.of(Property.required("k", DataType.LONG)))
        .column("m", MapType.of(DataType.STRING)).column("x", AnyType.INSTANCE).column("v", SparkMLVectorType.INSTANCE)
        .build();
    assertThat(OpenInference.inputs(s)).allSatisfy(t -> {
      assertThat(t.datatype()).isEqualTo(Datatype.BYTES);
      assertThat(t.contentType()).isEqualTo("pd_json");
      assertThat(t.shape()).containsExactly(-1L, 1L);
    });
  }

  @Test
  void unnamedOrFalsyNamesGetPositionalNames() {
    Schema unnamed = Schema.builder().unnamedColumn(DataType.DOUBLE).unnamedColumn(DataType.LONG).build();
    assertThat(OpenInference.inputs(unnamed)).extracting(MetadataTensor::name).containsExactly("input-0", "input-1");
    assertThat(OpenInference.outputs(unnamed)).extracting(MetadataTensor::name).containsExactly("output-0", "output-1");
    Schema ints = Schema.builder().column(ColSpec.integerNamed(0, DataType.DOUBLE, true))
        .column(ColSpec.integerNamed(1, DataType.DOUBLE, true)).build();
    assertThat(OpenInference.outputs(ints)).extracting(MetadataTensor::name).containsExactly("output-0", "1");
  }

  @Test
  void tensors() {
    Schema named = Schema.builder().tensor("image", NumpyDtype.UINT8, -1, 28, 28).tensor("mask", NumpyDtype.BOOL, -1)
        .tensor("text", NumpyDtype.STR, -1).tensor("h", NumpyDtype.FLOAT16, -1).build();
    assertThat(OpenInference.inputs(named)).containsExactly(
        new MetadataTensor("image", Datatype.UINT8, List.of(-1L, 28L, 28L), "np"),
        new MetadataTensor("mask", Datatype.BOOL, List.of(-1L), "np"),
        new MetadataTensor("text", Datatype.BYTES, List.of(-1L), "np"),
        new MetadataTensor("h", Datatype.FP16, List.of(-1L), "np"));
    assertThat(OpenInference.requestContentType(named)).isEqualTo("dict");
    Schema unnamed = Schema.builder().tensor(null, NumpyDtype.FLOAT64, -1, 11).build();
    assertThat(OpenInference.inputs(unnamed).get(0).name()).isEqualTo("input-0");
    assertThat(OpenInference.requestContentType(unnamed)).isEqualTo("np");
  }

  @Test
  void dtypesMlserverCannotServe() {
    for (NumpyDtype d : List.of(NumpyDtype.FLOAT128, NumpyDtype.COMPLEX64, NumpyDtype.DATETIME64_NS, NumpyDtype.TIMEDELTA64)) {
      assertThat(OpenInference.datatype(d)).as(d.numpyName()).isEmpty();
    }
    assertThat(OpenInference.datatype(NumpyDtype.OBJECT)).contains(Datatype.BYTES);
    assertThat(OpenInference.datatype(NumpyDtype.BYTES)).contains(Datatype.BYTES);
    Schema s = Schema.builder().tensor("a", NumpyDtype.FLOAT32, -1).tensor("z", NumpyDtype.COMPLEX128, -1).build();
    ModelException e = catchThrowableOfType(ModelException.class, () -> OpenInference.inputs(s));
    assertThat(e.code()).isEqualTo("bad-dtype");
    assertThat(e).hasMessage("<input>: signature.inputs[1].tensor-spec.dtype: MLServer has no Open Inference "
        + "Protocol datatype for numpy dtype 'complex128'");
  }

  @Test
  void metadataJson() {
    assertThat(new MetadataTensor("x", Datatype.FP64, List.of(-1L, 1L), "np").toJson())
        .isEqualTo("{\"name\": \"x\", \"datatype\": \"FP64\", \"shape\": [-1, 1], \"parameters\": {\"content_type\": \"np\"}}");
  }
}
