package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.InputException;
import io.mlmodel.data.Column;
import io.mlmodel.data.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** V2 tensors as table columns (MLServer's pd codec). */
class V2ColumnsTest {

  private static Tensor tensor(String datatype, String data) {
    return V2Tensors.decode(Documents.JSON.readTree("{\"name\": \"a\", \"shape\": [2], \"datatype\": \"" + datatype
        + "\", \"data\": " + data + "}"), "inputs[0]");
  }

  // regression: the narrow integer types were read with toIntArray (a byte[] or short[] tensor) and
  // uint32 with toLongArray (an int[] tensor): an IllegalStateException, a 500
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "INT8 | [-128, 127] | -128, 127",
      "UINT8 | [0, 255] | 0, 255",
      "INT16 | [-32768, 32767] | -32768, 32767",
      "UINT16 | [0, 65535] | 0, 65535",
      "INT32 | [-1, 2147483647] | -1, 2147483647",
      "UINT32 | [0, 4294967295] | 0, 4294967295",
      "INT64 | [-1, 9223372036854775807] | -1, 9223372036854775807",
      "UINT64 | [0, 9223372036854775807] | 0, 9223372036854775807",
  })
  void everyIntegerDatatypeMakesAColumnOfItsValues(String datatype, String data, String values) {
    Column c = V2Columns.column("a", tensor(datatype, data));
    List<String> got = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      got.add(String.valueOf(c.getObject(i)));
    }
    assertThat(String.join(", ", got)).isEqualTo(values);
  }

  @Test
  void aUint64BeyondALongHasNoColumnForm() {
    try {
      V2Columns.column("a", tensor("UINT64", "[1, 18446744073709551615]"));
      throw new AssertionError("no InputException");
    } catch (InputException e) {
      assertThat(e.problem()).isEqualTo("a column holds integers up to 9223372036854775807, not 18446744073709551615");
    }
  }
}
