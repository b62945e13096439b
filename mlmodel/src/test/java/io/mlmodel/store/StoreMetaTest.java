package io.mlmodel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The types of {@link StoreMeta#values()} say what the maps hold. */
class StoreMetaTest {

  private static boolean valuesMayBeNull(AnnotatedType mapType) {
    AnnotatedType value = ((AnnotatedParameterizedType) mapType).getAnnotatedActualTypeArguments()[1];
    return value.isAnnotationPresent(Nullable.class);
  }

  @Test
  void metaValuesAreTypedAsHoldingNulls(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("meta.yaml");
    Files.writeString(file, "run_uuid: abc\nexperiment_id: '0'\nartifact_uri: /tmp/a\nend_time: null\n");
    StoreMeta meta = StoreMeta.read(file);
    assertThat(meta.values()).containsEntry("end_time", null);

    assertThat(valuesMayBeNull(StoreMeta.class.getMethod("values").getAnnotatedReturnType())).isTrue();
    for (Class<?> kind : List.of(ExperimentMeta.class, RunMeta.class, LoggedModelMeta.class,
        RegisteredModelMeta.class, ModelVersionMeta.class)) {
      RecordComponent values = List.of(kind.getRecordComponents()).stream()
          .filter(c -> c.getName().equals("values")).findFirst().orElseThrow();
      assertThat(valuesMayBeNull(values.getAnnotatedType())).as(kind.getSimpleName()).isTrue();
      assertThat(valuesMayBeNull(kind.getMethod("values").getAnnotatedReturnType())).as(kind.getSimpleName()).isTrue();
    }
  }
}
