package io.mlmodel.spark.internal.exec;

import java.util.Iterator;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.types.DataTypeUtils;
import org.apache.spark.sql.classic.SparkSession;
import org.apache.spark.sql.ExperimentalMethods;
import org.apache.spark.sql.execution.LeafExecNode;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.SparkStrategy;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.jspecify.annotations.Nullable;
import scala.collection.immutable.IndexedSeq;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The physical plan of {@link ScoredBatches}: a columnar leaf that gives the scored column batches
 * as they are ({@link #supportsColumnar}); Spark's planner inserts its code-generated {@code
 * ColumnarToRowExec} above it where the next step needs rows. {@link #STRATEGY} plans a {@link
 * ScoredBatches} as this node and nothing else; {@link #register} adds it once to a session's
 * {@code spark.experimental().extraStrategies()} (Spark's public, experimental planner hook), where
 * it stays: every other plan gets no answer from it and is planned as before.
 */
final class ScoredBatchesExec extends SparkPlan implements LeafExecNode {
  /** Plans a {@link ScoredBatches} as a {@link ScoredBatchesExec}; nothing else. */
  static final SparkStrategy STRATEGY = new SparkStrategy() {
    @Override
    @SuppressWarnings("unchecked")
    public Seq<SparkPlan> apply(LogicalPlan plan) {
      if (plan instanceof ScoredBatches s) {
        return CollectionConverters.asScala(java.util.List.<SparkPlan>of(new ScoredBatchesExec(s.output(), s.batches())))
            .toList();
      }
      return (Seq<SparkPlan>) (Seq<?>) scala.collection.immutable.Nil$.MODULE$;
    }
  };

  private final Seq<Attribute> output;
  private final RDD<ColumnarBatch> batches;

  ScoredBatchesExec(Seq<Attribute> output, RDD<ColumnarBatch> batches) {
    this.output = output;
    this.batches = batches;
  }

  /** Adds {@link #STRATEGY} to {@code session}'s extra strategies, unless it is there. */
  static void register(SparkSession session) {
    ExperimentalMethods experimental = session.experimental();
    synchronized (experimental) {
      Seq<SparkStrategy> strategies = experimental.extraStrategies();
      if (!strategies.contains(STRATEGY)) {
        java.util.List<SparkStrategy> more = new java.util.ArrayList<>(CollectionConverters.asJava(strategies));
        more.add(STRATEGY);
        experimental.extraStrategies_$eq(CollectionConverters.asScala(more).toList());
      }
    }
  }

  /** Not {@code this}: Spark marks the canonical plan it gets as never to be executed. */
  @Override
  public SparkPlan doCanonicalize() {
    return new ScoredBatchesExec(ScoredBatches.canonical(output), batches);
  }

  @Override
  public boolean supportsColumnar() {
    return true;
  }

  @Override
  public RDD<ColumnarBatch> doExecuteColumnar() {
    return batches;
  }

  /** The rows, for a caller that asks this node for rows itself (Spark's planner inserts its own conversion instead). */
  @Override
  public RDD<InternalRow> doExecute() {
    StructType schema = DataTypeUtils.fromAttributes(output);
    return batches.toJavaRDD().mapPartitions((Iterator<ColumnarBatch> in) -> new Iterator<InternalRow>() {
      private final UnsafeProjection project = UnsafeProjection.create(schema);
      private Iterator<InternalRow> rows = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!rows.hasNext() && in.hasNext()) {
          rows = in.next().rowIterator();
        }
        return rows.hasNext();
      }

      @Override
      public InternalRow next() {
        hasNext();
        return project.apply(rows.next());
      }
    }).rdd();
  }

  @Override
  public Seq<Attribute> output() {
    return output;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Seq<SparkPlan> children() {
    return (Seq<SparkPlan>) (Seq<?>) scala.collection.immutable.Nil$.MODULE$;
  }

  @Override
  public SparkPlan withNewChildrenInternal(IndexedSeq<SparkPlan> children) {
    return this;
  }

  @Override
  public String simpleString(int maxFields) {
    return ScoredBatches.describe(output, batches);
  }

  @Override
  public int productArity() {
    return 0;
  }

  @Override
  public Object productElement(int n) {
    throw new IndexOutOfBoundsException(n);
  }

  @Override
  public boolean canEqual(@Nullable Object that) {
    return that instanceof ScoredBatchesExec;
  }

  @Override
  public boolean equals(@Nullable Object that) {
    return that instanceof ScoredBatchesExec s && s.batches.id() == batches.id() && s.output.equals(output);
  }

  @Override
  public int hashCode() {
    return batches.id();
  }
}
