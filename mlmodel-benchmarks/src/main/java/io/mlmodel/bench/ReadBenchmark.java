package io.mlmodel.bench;

import io.mlmodel.MLModels;
import io.mlmodel.ReadOptions;
import io.mlmodel.yaml.YamlReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.YamlUnicodeReader;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Typed read of every corpus MLmodel against the floor: snakeyaml-engine composing the same bytes
 * into nodes, with its default settings and nothing else (what its {@code
 * Compose.composeInputStream} does; that class sits in a package the module does not export). Scores are files per second (each
 * corpus benchmark reads all 220 files per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class ReadBenchmark {
  private byte[][] files;
  private Path[] dirs;
  private byte[] typical;
  private Path typicalDir;
  private LoadSettings bare;

  @Setup
  public void load() {
    List<Path> models = Corpus.models();
    files = models.stream().map(Corpus::bytes).toArray(byte[][]::new);
    dirs = models.toArray(Path[]::new);
    typicalDir = Corpus.typical();
    typical = Corpus.bytes(typicalDir);
    bare = LoadSettings.builder().build();
  }

  @Benchmark
  @OperationsPerInvocation(Corpus.SIZE)
  public void typedReadCorpus(Blackhole bh) {
    for (int i = 0; i < files.length; i++) {
      bh.consume(MLModels.read(new ByteArrayInputStream(files[i]), dirs[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Corpus.SIZE)
  public void yamlParseCorpus(Blackhole bh) {
    for (int i = 0; i < files.length; i++) {
      bh.consume(YamlReader.parse(files[i], dirs[i], ReadOptions.defaults()));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Corpus.SIZE)
  public void composeFloorCorpus(Blackhole bh) {
    for (byte[] f : files) {
      bh.consume(compose(f));
    }
  }

  @Benchmark
  public Object typedReadTypical() {
    return MLModels.read(new ByteArrayInputStream(typical), typicalDir);
  }

  @Benchmark
  public Object composeFloorTypical() {
    return compose(typical);
  }

  private Optional<Node> compose(byte[] bytes) {
    return compose(bare, bytes);
  }

  /** The floor: what snakeyaml-engine's {@code Compose.composeInputStream} does with these bytes. */
  static Optional<Node> compose(LoadSettings settings, byte[] bytes) {
    return new Composer(settings, new ParserImpl(settings, new StreamReader(settings,
        new YamlUnicodeReader(new ByteArrayInputStream(bytes))))).getSingleNode();
  }
}
