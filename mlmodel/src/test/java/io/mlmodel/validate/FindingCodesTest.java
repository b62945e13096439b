package io.mlmodel.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.testsupport.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The code catalog in the code and the one in docs/validation.md are the same set. */
class FindingCodesTest {
  @Test
  void theCatalogIsTheOneTheDocsList() throws IOException {
    String doc = Files.readString(TestData.basedir().resolve("docs/validation.md"));
    Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|").matcher(doc);
    TreeSet<String> documented = new TreeSet<>();
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(Validator.codes()).containsExactlyElementsOf(documented);
  }
}
