package io.mlmodel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.write.MLModelWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A model built in Java is as immutable as one read from a file. */
class MLModelBuilderTest {

  @Test
  void aBuiltModelCannotBeChangedThroughItsMetadata() {
    MLModel model = MLModel.builder().metadata(Map.of("a", "b")).build();
    assertThatThrownBy(() -> model.metadata().orElseThrow().put("c", "d"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(model.metadata().orElseThrow()).containsExactly(Map.entry("a", "b"));
  }

  @Test
  void aBuiltModelsFlavorsCannotBeRemovedThroughToMap() {
    MLModel model = MLModel.builder().flavor(Flavor.of("onnx", Map.of("data", "model.onnx"))).build();
    @SuppressWarnings("unchecked")
    Map<String, Object> flavors = (Map<String, Object>) model.toMap().get("flavors");
    assertThatThrownBy(() -> flavors.remove("onnx")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(flavors).containsOnlyKeys("onnx");
    assertThat(model.flavors()).containsOnlyKeys("onnx");
  }

  @Test
  void aBuiltModelDoesNotShareTheCallersNestedValues() {
    List<Object> tags = new ArrayList<>(List.of("x"));
    MLModel model = MLModel.builder().metadata(Map.of("tags", tags)).put("extra", Map.of("tags", tags)).build();
    tags.add("y");
    assertThat(model.metadata().orElseThrow().get("tags")).isEqualTo(List.of("x"));
    @SuppressWarnings("unchecked")
    List<Object> kept = (List<Object>) model.metadata().orElseThrow().get("tags");
    assertThatThrownBy(() -> kept.add("z")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(((Map<?, ?>) model.toMap().get("extra")).get("tags")).isEqualTo(List.of("x"));
  }

  @Test
  void flavorOfDoesNotKeepTheCallersNestedLists() {
    List<Object> files = new ArrayList<>(List.of("a.onnx"));
    Flavor flavor = Flavor.of("onnx", Map.of("files", files));
    files.add("b.onnx");
    assertThat(flavor.config().get("files")).isEqualTo(List.of("a.onnx"));
    @SuppressWarnings("unchecked")
    List<Object> kept = (List<Object>) flavor.config().get("files");
    assertThatThrownBy(() -> kept.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  // The copy must keep one instance given twice as one, for the writer's anchors (as PyYAML does).
  @Test
  void aValueGivenTwiceIsStillWrittenAsAnAnchorAndAnAlias() {
    List<Object> shared = new ArrayList<>(List.of("x"));
    MLModel model = MLModel.builder().put("a", shared).put("b", shared).build();
    assertThat(MLModelWriter.toYaml(model)).isEqualTo("a: &id001\n- x\nb: *id001\nflavors: {}\nmodel_uuid: null\n");
  }

  @Test
  void aDeeplyNestedValueIsCopiedWithoutOverflowingTheStack() {
    List<Object> root = new ArrayList<>();
    List<Object> at = root;
    for (int i = 0; i < 200_000; i++) {
      List<Object> next = new ArrayList<>();
      at.add(next);
      at = next;
    }
    MLModel model = MLModel.builder().put("deep", root).build();
    // No AssertJ on the tree itself: printing it would overflow the stack.
    assertThat(model.toMap().get("deep") instanceof List && model.toMap().get("deep") != root).isTrue();
  }
}
