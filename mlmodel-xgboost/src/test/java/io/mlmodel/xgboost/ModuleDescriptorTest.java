package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.predict.PredictorLoader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled module declares the loader as a service for the module path, as META-INF/services does. */
class ModuleDescriptorTest {

  @Test
  void theModuleProvidesTheLoader() throws IOException {
    Path info = Path.of("target/classes/module-info.class");
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(info)) {
      d = ModuleDescriptor.read(in);
    }
    assertThat(d.name()).isEqualTo("io.mlmodel.xgboost");
    assertThat(d.provides()).anyMatch(p -> p.service().equals("io.mlmodel.predict.PredictorLoader")
        && p.providers().equals(List.of(XgboostPredictorLoader.class.getName())));
    assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("io.mlmodel.xgboost");
    String services = Files.readString(Path.of("target/classes/META-INF/services/io.mlmodel.predict.PredictorLoader"));
    assertThat(services.trim()).isEqualTo(XgboostPredictorLoader.class.getName());
  }
}
