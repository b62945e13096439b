package io.mlmodel.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** np.dtype(spelling).name for the spellings numpy 1.24 accepts (format reference §4.6). */
class NumpyDtypeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "bool, bool", "?, bool", "|b1, bool", "bool_, bool",
    "int8, int8", "b, int8", "i1, int8", "byte, int8",
    "short, int16", "<i2, int16",
    "intc, int32", "i, int32", "i4, int32",
    "int, int64", "int_, int64", "intp, int64", "longlong, int64", "<i8, int64", "l, int64", "q, int64",
    "ubyte, uint8", "B, uint8", "u1, uint8", "ushort, uint16", "uintc, uint32", "uint, uint64", "ulonglong, uint64",
    "half, float16", "e, float16", "single, float32", "f, float32", "f4, float32", ">f4, float32",
    "float, float64", "double, float64", "d, float64", "<f8, float64", "=f8, float64",
    "longdouble, float128", "g, float128",
    "csingle, complex64", "F, complex64", "complex, complex128", "cdouble, complex128", "clongdouble, complex256",
    "str, str", "str_, str", "U, str", "<U, str", "U0, str", "unicode, str",
    "bytes, bytes", "S, bytes", "|S, bytes", "bytes_, bytes", "a, bytes",
    "object, object", "O, object", "|O, object", "object_, object",
    "datetime64, datetime64", "M8, datetime64", "datetime64[ns], datetime64[ns]", "<M8[ns], datetime64[ns]",
    "M8[s], datetime64[s]", "datetime64[D], datetime64[D]", "datetime64[m], datetime64[m]",
    "timedelta64[ms], timedelta64[ms]", "m8[us], timedelta64[us]",
  })
  void spellingsResolveToTheCanonicalName(String spelling, String canonical) {
    assertThat(NumpyDtype.fromName(spelling)).map(NumpyDtype::numpyName).contains(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"<U10", "U10", "S5", "|S5", "a10", "c"})
  void sizedFlexibleTypesAreRejected(String spelling) {
    assertThatThrownBy(() -> NumpyDtype.parse(spelling)).hasMessageContaining("has a size");
    assertThat(NumpyDtype.fromName(spelling)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"float99", "Float64", "str320", "tensor", "", "datetime64[xx]", "<float64", "i3"})
  void unknownSpellingsAreRejected(String spelling) {
    assertThatThrownBy(() -> NumpyDtype.parse(spelling)).hasMessage("unknown numpy dtype '" + spelling + "'");
  }
}
