package io.mlmodel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JVM start to first model: a fresh {@code mlmodel-cli/target/mlmodel/bin/mlmodel inspect DIR} (the
 * distribution's launcher) per operation, against the floor of a fresh {@code java -version}. Milliseconds per run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
public class CliStartBenchmark {
  private String java;
  private Path launcher;
  private Path model;

  @Setup
  public void locate() {
    java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    launcher = Path.of(System.getProperty("mlmodel.cli", "mlmodel-cli/target/mlmodel/bin/mlmodel")).toAbsolutePath();
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException("no " + launcher + "; build it with mvn -Pbench -DskipTests package");
    }
    model = Corpus.typical();
  }

  @Benchmark
  public int inspectTypicalModel() throws IOException, InterruptedException {
    return run(List.of(launcher.toString(), "inspect", model.toString()));
  }

  @Benchmark
  public int jvmVersionFloor() throws IOException, InterruptedException {
    return run(List.of(java, "-version"));
  }

  private static int run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    int exit = p.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(command + " exited with " + exit);
    }
    return exit;
  }
}
