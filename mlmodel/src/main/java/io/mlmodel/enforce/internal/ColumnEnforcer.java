package io.mlmodel.enforce.internal;

import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.ColumnType;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * MLflow's {@code _enforce_schema} for column-based schemas (format reference §5.1–§5.4): column
 * presence, extra columns dropped with a warning, schema order, then each column's type. Internal.
 */
public final class ColumnEnforcer {
  private ColumnEnforcer() {}

  public static ColumnTable enforce(ColumnTable table, Schema schema, EnforcementOptions o, List<String> warnings) {
    List<ColSpec> specs = schema.columns();
    return schema.hasInputNames() ? named(table, specs, o, warnings) : unnamed(table, specs, o);
  }

  private static ColumnTable named(ColumnTable table, List<ColSpec> specs, EnforcementOptions o, List<String> warnings) {
    Map<String, ColSpec> byLabel = new LinkedHashMap<>();
    for (ColSpec s : specs) {
      byLabel.putIfAbsent(s.name(), s);
    }
    List<String> missing = new ArrayList<>();
    for (ColSpec s : specs) {
      if (s.required() && find(table, s) == null) {
        missing.add(s.name());
      }
    }
    List<String> extra = new ArrayList<>();
    for (Column c : table.columns()) {
      ColSpec s = byLabel.get(c.name());
      if (s == null || s.nameIsInteger() != table.positional()) {
        extra.add(c.name());
      }
    }
    Problems.checkPresence(missing, extra, warnings);
    List<Column> out = new ArrayList<>();
    for (ColSpec s : specs) {
      Column c = find(table, s);
      if (c != null) {
        out.add(column(c, s.type(), s.required(), o));
      }
    }
    return DataAccess.table(out, table.rowCount(), table.positional());
  }

  private static @Nullable Column find(ColumnTable table, ColSpec s) {
    if (s.nameIsInteger() != table.positional()) {
      return null;
    }
    return table.column(s.name()).orElse(null);
  }

  private static ColumnTable unnamed(ColumnTable table, List<ColSpec> specs, EnforcementOptions o) {
    int have = table.columns().size();
    if (have < specs.size()) {
      throw Problems.schema(null, "Model inference is missing inputs. The model signature declares " + specs.size()
          + " inputs  but the provided value only has " + have + " inputs. Note: the inputs were not named in the"
          + " signature so we can only verify their count.");
    }
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      out.add(column(table.columns().get(i), specs.get(i).type(), specs.get(i).required(), o));
    }
    return DataAccess.table(out, table.rowCount(), table.positional());
  }

  /** One column against its type; throws {@link io.mlmodel.InputException} naming the column. */
  static Column column(Column c, ColumnType type, boolean required, EnforcementOptions o) {
    if (type instanceof DataType d) {
      try {
        return ScalarEnforcer.enforce(c, d, o);
      } catch (ConversionException e) {
        throw Problems.schema(c.name(), e.getMessage());
      }
    }
    @Nullable Object[] values = new Object[c.size()];
    for (int r = 0; r < values.length; r++) {
      try {
        values[r] = ComplexValues.enforce(c.getObject(r), type, required, o);
      } catch (ConversionException e) {
        throw Problems.schema(c.name(), "Failed to enforce schema of column " + PyRepr.str(c.name()) + " with type "
            + type + " at row " + r + ": " + e.getMessage());
      }
    }
    return DataAccess.column(ObjectColumn.class, c.name(), values);
  }
}
