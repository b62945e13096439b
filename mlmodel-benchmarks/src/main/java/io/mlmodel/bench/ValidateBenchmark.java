package io.mlmodel.bench;

import io.mlmodel.validate.Validator;
import java.nio.file.Path;
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

/**
 * Validating every corpus model folder with every rule (reading the MLmodel and its side files
 * from disk, as a user's call does). Folders per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ValidateBenchmark {
  private Path[] dirs;
  private Validator validator;

  @Setup
  public void load() {
    dirs = Corpus.models().toArray(Path[]::new);
    validator = Validator.defaults();
  }

  @Benchmark
  @OperationsPerInvocation(Corpus.SIZE)
  public void validateCorpus(Blackhole bh) {
    for (Path d : dirs) {
      bh.consume(validator.validate(d));
    }
  }
}
