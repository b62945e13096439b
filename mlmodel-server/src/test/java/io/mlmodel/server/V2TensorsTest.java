package io.mlmodel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.InputException;
import io.mlmodel.data.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** V2 tensors from request JSON: shapes, and values checked against their datatype. */
class V2TensorsTest {

  private static Tensor decode(String datatype, String shape, String data) {
    return V2Tensors.decode(Documents.JSON.readTree("{\"name\": \"x\", \"shape\": " + shape + ", \"datatype\": \""
        + datatype + "\", \"data\": " + data + "}"), "inputs[0]");
  }

  private static String problem(Runnable r) {
    try {
      r.run();
    } catch (InputException e) {
      return e.problem();
    }
    throw new AssertionError("no InputException");
  }

  @Test
  void aShapeWhoseSizeOverflowsALongIsABadRequest() {
    // regression: Math.multiplyExact threw ArithmeticException, a 500 "long overflow"
    assertThat(problem(() -> decode("FP32", "[100000, 100000, 100000, 100000, 100000]", "[1, 2, 3]")))
        .isEqualTo("shape [100000, 100000, 100000, 100000, 100000] needs 10000000000000000000000000 elements but data"
            + " has 3");
  }

  // regression: integers were cast to the type's width without a check, 300 as INT8 became 44
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "INT8 | 300 | INT8 data must be integers from -128 to 127: 300",
      "INT8 | -129 | INT8 data must be integers from -128 to 127: -129",
      "UINT8 | -1 | UINT8 data must be integers from 0 to 255: -1",
      "UINT8 | 256 | UINT8 data must be integers from 0 to 255: 256",
      "INT16 | 40000 | INT16 data must be integers from -32768 to 32767: 40000",
      "UINT16 | 65536 | UINT16 data must be integers from 0 to 65535: 65536",
      "INT32 | 2147483648 | INT32 data must be integers from -2147483648 to 2147483647: 2147483648",
      "UINT32 | 4294967296 | UINT32 data must be integers from 0 to 4294967295: 4294967296",
      "INT64 | 9223372036854775808 | INT64 data must be integers from -9223372036854775808 to 9223372036854775807:"
          + " 9223372036854775808",
      "UINT64 | -1 | UINT64 data must be integers from 0 to 18446744073709551615: -1",
      "UINT64 | 18446744073709551616 | UINT64 data must be integers from 0 to 18446744073709551615: 18446744073709551616",
      "INT32 | 1.5 | INT32 data must be integers: 1.5",
  })
  void integersOutsideTheirTypeAreRefusedNotWrapped(String datatype, String value, String problem) {
    assertThat(problem(() -> decode(datatype, "[1]", "[" + value + "]"))).isEqualTo(problem);
  }

  @Test
  void integersAtTheEdgesOfTheirTypeAreKept() {
    assertThat(values(decode("INT8", "[2]", "[-128, 127]"))).containsExactly("-128", "127");
    assertThat(values(decode("UINT8", "[2]", "[0, 255]"))).containsExactly("0", "255");
    assertThat(values(decode("UINT32", "[1]", "[4294967295]"))).containsExactly("4294967295");
    assertThat(values(decode("UINT64", "[1]", "[18446744073709551615]"))).containsExactly("18446744073709551615");
  }

  // regression: a value beyond FP32 became infinite (or zero) without a word
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "FP32 | 1e300 | FP32 cannot hold 1.0E300 (it would become infinite)",
      "FP32 | -1e39 | FP32 cannot hold -1.0E39 (it would become infinite)",
      "FP32 | 1e-50 | FP32 cannot hold 1.0E-50 (it would become zero)",
      "FP16 | 70000 | FP16 cannot hold 70000 (it would become infinite)",
      "FP16 | 1e-9 | FP16 cannot hold 1.0E-9 (it would become zero)",
      "FP64 | 1e400 | FP64 cannot hold a number beyond float64's range (it would become infinite)",
      "FP32 | -1e400 | FP32 cannot hold a number beyond float64's range (it would become infinite)",
  })
  void floatsBeyondTheirTypeAreRefused(String datatype, String value, String problem) {
    assertThat(problem(() -> decode(datatype, "[1]", "[" + value + "]"))).isEqualTo(problem);
  }

  @Test
  void floatsWithinTheirTypeAreKept() {
    assertThat(values(decode("FP32", "[3]", "[3.4e38, 1e-40, 0]"))).containsExactly("3.4E38", "1.0E-40", "0.0");
    assertThat(values(decode("FP64", "[1]", "[1e300]"))).containsExactly("1.0E300");
    assertThatThrownBy(() -> decode("FP32", "[1]", "[\"1\"]")).isInstanceOf(InputException.class);
  }

  private static List<String> values(Tensor t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(String.valueOf(t.getObject(i)));
    }
    return out;
  }
}
