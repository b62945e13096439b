package io.mlmodel.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Plain scalars that start with a digit, typed as PyYAML 6.0's {@code safe_load} types them
 * (recorded from {@code type(yaml.safe_load(v))}: str, int, float, and date or datetime for the
 * timestamp tag); the letters that only hex ints, exponents and timestamps allow are the edge of
 * the fast path that skips the patterns for ids and uuids.
 */
class PyYamlResolverTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      3626f3384f8d4c14b0cb08501cf44f77 | str
      9620c00ca64348909cae21cafb606321 | str
      7fe                              | str
      12abc                            | str
      0o17                             | str
      0b2                              | str
      0xZZ                             | str
      0X1F                             | str
      0B1                              | str
      00x1                             | str
      10x5                             | str
      0x                               | str
      0b                               | str
      1e3                              | str
      1E+3                             | str
      3.12.4                           | str
      2024-01-01t10:00:00z             | str
      0x1F                             | int
      0xbeef_cafe                      | int
      0b101                            | int
      190:20:30                        | int
      1_000                            | int
      1.5e+3                           | float
      1.0E+3                           | float
      1.5E-3                           | float
      1:20.5                           | float
      2024-01-01                       | timestamp
      2024-01-01T10:00:00Z             | timestamp
      2001-12-14 21:59:43.10 -5        | timestamp
      """)
  void digitLedValuesAreTypedAsPyYamlTypesThem(String value, String kind) {
    assertThat(name(PyYamlResolver.resolvePlain(value))).isEqualTo(kind);
  }

  private static String name(@Nullable Tag tag) {
    if (tag == null) {
      return "str";
    }
    return tag.getValue().substring(tag.getValue().lastIndexOf(':') + 1);
  }
}
