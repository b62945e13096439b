package io.mlmodel.bench;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.write.MLModelWriter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Writing every corpus model back to MLmodel text (PyYAML safe_dump parity). Files per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class WriteBenchmark {
  private MLModel[] models;

  @Setup
  public void load() {
    models = Corpus.models().stream().map(MLModels::read).toArray(MLModel[]::new);
  }

  @Benchmark
  @OperationsPerInvocation(Corpus.SIZE)
  public void writeCorpus(Blackhole bh) {
    for (MLModel m : models) {
      bh.consume(MLModelWriter.toYaml(m));
    }
  }
}
