package io.mlmodel.spark.internal.exec;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.analysis.MultiInstanceRelation;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.AttributeMap$;
import org.apache.spark.sql.catalyst.expressions.AttributeSet;
import org.apache.spark.sql.catalyst.expressions.ExprId;
import org.apache.spark.sql.catalyst.plans.logical.LeafNode;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Statistics;
import org.apache.spark.sql.catalyst.types.DataTypeUtils;
import org.apache.spark.sql.classic.Dataset;
import org.apache.spark.sql.classic.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.jspecify.annotations.Nullable;
import scala.Option;
import scala.collection.immutable.IndexedSeq;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The logical plan of a scored DataFrame whose partitions are already column batches (the input's
 * vectors and the predictions' vector): what {@code internalCreateDataFrame}'s {@code LogicalRDD}
 * is for rows, for column batches. {@link ScoredBatchesExec} plans it as a node that gives the
 * batches as they are, and Spark inserts its own code-generated {@code ColumnarToRowExec} above it
 * where the next step needs rows: each output row is then made once, straight from the vectors.
 * A leaf like {@code LogicalRDD}: its partitions are fixed when it is made, it has Spark's default
 * size estimate (so a join does not broadcast it), and a self-join gets fresh attributes
 * ({@link #newInstance}). Equal to another when both read the same RDD with the same attributes.
 *
 * <p>Internal: public so that the tests of {@code SparkScoring} can tell which plan a scored
 * DataFrame has; not API.
 */
public final class ScoredBatches extends LogicalPlan implements LeafNode, MultiInstanceRelation {
  private final Seq<Attribute> output;
  private final RDD<ColumnarBatch> batches;

  ScoredBatches(Seq<Attribute> output, RDD<ColumnarBatch> batches) {
    this.output = output;
    this.batches = batches;
  }

  /**
   * A DataFrame of {@code schema} over {@code batches}, planned by {@link ScoredBatchesExec}
   * (registered in {@code session}). The node is marked analyzed ({@code setAnalyzed}, Scala
   * {@code private[sql]}) before the DataFrame is made: a leaf of resolved attributes and no
   * expressions is what Spark's analyzer would give back unchanged and mark so itself, and it
   * returns a plan so marked at once instead of running its rule batches over it (about half of
   * the driver's work in each {@code transform}).
   */
  static org.apache.spark.sql.Dataset<Row> dataFrame(SparkSession session, StructType schema, RDD<ColumnarBatch> batches) {
    ScoredBatchesExec.register(session);
    List<Attribute> attributes = new ArrayList<>(CollectionConverters.asJava(DataTypeUtils.toAttributes(schema)));
    ScoredBatches plan = new ScoredBatches(CollectionConverters.asScala(attributes).toSeq(), batches);
    plan.setAnalyzed();
    return Dataset.ofRows(session, plan);
  }

  RDD<ColumnarBatch> batches() {
    return batches;
  }

  @Override
  public Seq<Attribute> output() {
    return output;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Seq<LogicalPlan> children() {
    return (Seq<LogicalPlan>) (Seq<?>) scala.collection.immutable.Nil$.MODULE$;
  }

  @Override
  public LogicalPlan withNewChildrenInternal(IndexedSeq<LogicalPlan> children) {
    return this;
  }

  @Override
  public AttributeSet producedAttributes() {
    return outputSet();
  }

  @Override
  public Statistics computeStats() {
    return new Statistics(scala.math.BigInt.apply(conf().defaultSizeInBytes()), Option.empty(),
        AttributeMap$.MODULE$.empty(), false);
  }

  /** Not {@code this}: Spark marks the canonical plan it gets as never to be executed. */
  @Override
  public LogicalPlan doCanonicalize() {
    return new ScoredBatches(canonical(output), batches);
  }

  /** The attributes with their names dropped and ids numbered by position, as Spark's canonical plans hold them. */
  static Seq<Attribute> canonical(Seq<Attribute> output) {
    List<Attribute> normalized = new ArrayList<>();
    for (Attribute a : CollectionConverters.asJava(output)) {
      normalized.add((Attribute) a.withExprId(ExprId.apply(normalized.size())).canonicalized());
    }
    return CollectionConverters.asScala(normalized).toList();
  }

  @Override
  public LogicalPlan newInstance() {
    List<Attribute> fresh = new ArrayList<>();
    for (Attribute a : CollectionConverters.asJava(output)) {
      fresh.add(a.newInstance());
    }
    return new ScoredBatches(CollectionConverters.asScala(fresh).toSeq(), batches);
  }

  @Override
  public String simpleString(int maxFields) {
    return describe(output, batches);
  }

  /** How {@code explain()} shows the node, logical or physical: its columns and its RDD. */
  static String describe(Seq<Attribute> output, RDD<ColumnarBatch> batches) {
    return "ScoredBatches " + output.mkString("[", ", ", "]") + " (RDD " + batches.id() + ")";
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
    return that instanceof ScoredBatches;
  }

  @Override
  public boolean equals(@Nullable Object that) {
    return that instanceof ScoredBatches s && s.batches.id() == batches.id() && s.output.equals(output);
  }

  @Override
  public int hashCode() {
    return batches.id();
  }
}
