package io.mlmodel.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExampleInfoTest {
  private static final Location AT = new Location(Path.of("MLmodel"), 3, 3, "saved_input_example_info");

  private static Map<String, Object> info(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  @Test
  void everyKnownKeyIsTypedAndOthersKept() {
    ExampleInfo i = ExampleInfo.of(info("artifact_path", "input_example.json", "type", "ndarray", "format", "tf-serving",
        "serving_input_path", "serving_input_example.json", "params", "true", "x", 1L), AT);
    assertThat(i.type()).isEqualTo(ExampleType.NDARRAY);
    assertThat(i.isTfServing()).isTrue();
    assertThat(i.hasParams()).isTrue();
    assertThat(i.servingInputPath()).isEqualTo("serving_input_example.json");
    assertThat(i.extras()).containsExactly(Map.entry("x", 1L));
  }

  @Test
  void paramsFlagIsJudgedAsPythonJudgesTruth() {
    assertThat(ExampleInfo.of(info("artifact_path", "a", "type", "dataframe", "params", true), AT).hasParams()).isTrue();
    assertThat(ExampleInfo.of(info("artifact_path", "a", "type", "dataframe", "params", ""), AT).hasParams()).isFalse();
    assertThat(ExampleInfo.of(info("artifact_path", "a", "type", "dataframe", "params", false), AT).hasParams()).isFalse();
    assertThat(ExampleInfo.of(info("artifact_path", "a", "type", "dataframe"), AT).hasParams()).isFalse();
  }

  @Test
  void missingOrMistypedKeysAreLocatedErrors() {
    assertThatThrownBy(() -> ExampleInfo.of(info("artifact_path", "a"), AT))
        .hasMessage("MLmodel:3:3: saved_input_example_info.type: the input example has no type");
    assertThatThrownBy(() -> ExampleInfo.of(info("type", "dataframe"), AT))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.location().keyPath())
            .isEqualTo("saved_input_example_info.artifact_path"));
    assertThatThrownBy(() -> ExampleInfo.of(info("artifact_path", "a", "type", "dataframe", "pandas_orient", 1L), AT))
        .hasMessage("MLmodel:3:3: saved_input_example_info.pandas_orient: pandas_orient must be a string, not 1");
  }

  @Test
  void typeNamesRoundTrip() {
    for (ExampleType t : ExampleType.values()) {
      assertThat(ExampleType.fromWireName(t.wireName())).contains(t);
    }
    assertThat(ExampleType.fromWireName("sparse_matrix_coo")).isEmpty();
  }

  @Test
  void readLimitsApplyToExampleFiles() {
    Path dir = ExampleTestData.dir("dataframe_split");
    ReadOptions tiny = ReadOptions.builder().maxBytes(50).build();
    assertThatThrownBy(() -> InputExamples.load(dir, ExampleTestData.info(dir), tiny))
        .isInstanceOf(LimitExceededException.class);
    assertThatThrownBy(() -> ServingInputExample.load(dir, ExampleTestData.info(dir), tiny))
        .isInstanceOf(LimitExceededException.class);
    ReadOptions shallow = ReadOptions.builder().maxDepth(1).build();
    assertThatThrownBy(() -> InputExamples.load(dir, ExampleTestData.info(dir), shallow))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void servingExampleWithParams() {
    ServingInputExample s = ExampleTestData.serving(ExampleTestData.dir("dataframe_params")).orElseThrow();
    assertThat(s.inputField()).contains("dataframe_split");
    assertThat(s.params()).contains(Map.of("a", 1L, "b", "string"));
  }
}
