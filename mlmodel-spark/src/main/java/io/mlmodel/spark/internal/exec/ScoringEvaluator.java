package io.mlmodel.spark.internal.exec;

import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.PartitionEvaluator;
import org.apache.spark.PartitionEvaluatorFactory;
import org.apache.spark.rdd.RDD;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag$;

/**
 * One of {@link PartitionScorer}'s ways over a partition, as Spark's partition evaluator
 * ({@code RDD.mapPartitionsWithEvaluator}, a public developer API since Spark 3.5): the RDD it
 * makes holds this record, which Spark serializes into each stage's task binary as it would a
 * closure. Unlike {@code JavaRDD.mapPartitions}, it is not given to Spark's closure cleaner, which
 * on every call read and parsed the class file of Spark's {@code JavaRDDLike} (64 KB) and
 * serialized the closure once more to check it could: driver work on each {@link
 * io.mlmodel.spark.SparkScoring#transform}, for a closure that has nothing to clean. Immutable; a
 * task's evaluator is this record itself.
 *
 * @param scorer the partition's scorer
 * @param way how a partition of {@code T} becomes one of {@code U}
 * @param <T> the input's elements: rows or column batches
 * @param <U> the output's elements: rows or column batches
 */
record ScoringEvaluator<T, U>(PartitionScorer scorer, Way<T, U> way)
    implements PartitionEvaluatorFactory<T, U>, PartitionEvaluator<T, U> {

  /** A way of scoring a partition: one of {@link PartitionScorer}'s methods. */
  interface Way<T, U> extends Serializable {
    Iterator<U> apply(PartitionScorer scorer, Iterator<T> partition);
  }

  /** {@code in}'s partitions scored by {@code scorer} the {@code way} given, lazily. */
  static <T, U> RDD<U> map(RDD<T> in, PartitionScorer scorer, Way<T, U> way, Class<U> out) {
    return in.mapPartitionsWithEvaluator(new ScoringEvaluator<>(scorer, way), ClassTag$.MODULE$.apply(out));
  }

  @Override
  public PartitionEvaluator<T, U> createEvaluator() {
    return this;
  }

  @Override
  public scala.collection.Iterator<U> eval(int partition, Seq<scala.collection.Iterator<T>> inputs) {
    return CollectionConverters.asScala(way.apply(scorer, CollectionConverters.asJava(inputs.head())));
  }
}
