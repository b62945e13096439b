package io.mlmodel.example;

import io.mlmodel.io.FrozenValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scipy sparse matrix example ({@code sparse_matrix_csr} or {@code sparse_matrix_csc}) in its
 * compressed form: for CSR, row {@code r} holds the values {@code data[indptr[r]..indptr[r+1])}
 * at the columns {@code indices[...]}; CSC is the same with rows and columns swapped. The arrays
 * are checked against each other on construction.
 *
 * @param layout CSR or CSC
 * @param data the stored values
 * @param indices the column (CSR) or row (CSC) of each stored value
 * @param indptr the offsets into data, one per row (CSR) or column (CSC), plus one
 * @param rowCount the number of rows
 * @param columnCount the number of columns
 * @param paramsOrNull the saved inference params, or null
 */
public record SparseExample(
    Layout layout,
    List<@Nullable Object> data,
    List<Long> indices,
    List<Long> indptr,
    long rowCount,
    long columnCount,
    @Nullable Map<String, @Nullable Object> paramsOrNull) implements InputExample {

  /** Compressed rows or compressed columns. */
  public enum Layout {
    /** Compressed sparse row ({@code sparse_matrix_csr}). */
    CSR,
    /** Compressed sparse column ({@code sparse_matrix_csc}). */
    CSC
  }

  /**
   * Checks that the arrays describe a matrix of the shape, and keeps deeply unmodifiable copies of
   * the lists and of the params. ({@link InputExamples} checks a file's arrays first, to locate
   * the problem in the file.)
   *
   * @param layout CSR or CSC
   * @param data the stored values; a value may be null
   * @param indices the column (CSR) or row (CSC) of each stored value; no null entry
   * @param indptr the offsets into data, one per row (CSR) or column (CSC), plus one; no null entry
   * @param rowCount the number of rows
   * @param columnCount the number of columns
   * @param paramsOrNull the saved inference params, or null when the example has none
   * @throws NullPointerException when {@code indices} or {@code indptr} holds a null
   * @throws IllegalArgumentException when the shape is negative, {@code indptr} does not have one
   *     entry per row (CSR) or column (CSC) plus one, {@code indices} not one per stored value,
   *     {@code indptr} does not start at 0, decreases or does not end at the number of stored
   *     values, or an index is outside the matrix; the message names the entry
   */
  public SparseExample {
    data = FrozenValues.copyList(data);
    indices = List.copyOf(indices);
    indptr = List.copyOf(indptr);
    paramsOrNull = paramsOrNull == null ? null : FrozenValues.copyMap(paramsOrNull);
    check(layout, data.size(), indices, indptr, rowCount, columnCount);
  }

  /** Without these checks, {@link #toDense} would fail with an IndexOutOfBoundsException. */
  private static void check(Layout layout, int stored, List<Long> indices, List<Long> indptr, long rows, long columns) {
    if (rows < 0 || columns < 0) {
      throw new IllegalArgumentException("the shape must not be negative: " + rows + " x " + columns);
    }
    boolean csr = layout == Layout.CSR;
    long major = csr ? rows : columns;
    long minor = csr ? columns : rows;
    if (indptr.size() != major + 1) {
      throw new IllegalArgumentException("indptr must have one entry per " + (csr ? "row" : "column")
          + " plus one (" + (major + 1) + "), not " + indptr.size());
    }
    if (indices.size() != stored) {
      throw new IllegalArgumentException("indices must have one entry per stored value (" + stored + "), not "
          + indices.size());
    }
    for (int i = 0; i < indptr.size(); i++) {
      if (indptr.get(i) < (i == 0 ? 0 : indptr.get(i - 1)) || i == 0 && indptr.get(0) != 0) {
        throw new IllegalArgumentException("indptr must start at 0 and never decrease; indptr[" + i + "] is "
            + indptr.get(i));
      }
    }
    if (indptr.get(indptr.size() - 1) != stored) {
      throw new IllegalArgumentException("the last indptr entry must equal the number of stored values ("
          + stored + "), not " + indptr.get(indptr.size() - 1));
    }
    for (int i = 0; i < indices.size(); i++) {
      if (indices.get(i) < 0 || indices.get(i) >= minor) {
        throw new IllegalArgumentException("indices[" + i + "] is " + indices.get(i) + ", outside the matrix, which has "
            + minor + " " + (csr ? "columns" : "rows"));
      }
    }
  }

  /**
   * The matrix as dense rows (what MLflow puts in the serving example), missing cells filled with
   * a zero of the stored values' kind ({@code 0L}, {@code 0.0} or {@code false}).
   *
   * @param maxCells the most cells ({@code rowCount * columnCount}) the caller accepts, a guard
   *     against building a huge dense matrix from a small sparse one
   * @return an unmodifiable list of {@link #rowCount()} unmodifiable rows of {@link #columnCount()}
   *     values each; the zero is {@code 0.0} when any stored value is a {@link Double}, else
   *     {@code false} when any is a {@link Boolean}, else {@code 0L}
   * @throws IllegalStateException when the matrix has more than {@code maxCells} cells
   */
  public List<List<@Nullable Object>> toDense(long maxCells) {
    if (rowCount * columnCount > maxCells) {
      throw new IllegalStateException("the dense matrix would have " + rowCount * columnCount
          + " cells, more than " + maxCells);
    }
    Object zero = data.stream().anyMatch(Double.class::isInstance) ? (Object) 0.0
        : data.stream().anyMatch(Boolean.class::isInstance) ? (Object) Boolean.FALSE : (Object) 0L;
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (int r = 0; r < rowCount; r++) {
      rows.add(new ArrayList<>(Collections.nCopies((int) columnCount, zero)));
    }
    for (int major = 0; major + 1 < indptr.size(); major++) {
      for (long k = indptr.get(major); k < indptr.get(major + 1); k++) {
        int minor = indices.get((int) k).intValue();
        int r = layout == Layout.CSR ? major : minor;
        int c = layout == Layout.CSR ? minor : major;
        rows.get(r).set(c, data.get((int) k));
      }
    }
    List<List<@Nullable Object>> out = new ArrayList<>();
    rows.forEach(row -> out.add(Collections.unmodifiableList(row)));
    return Collections.unmodifiableList(out);
  }
}
