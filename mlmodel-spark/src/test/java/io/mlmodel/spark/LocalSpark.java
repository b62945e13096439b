package io.mlmodel.spark;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.sql.SparkSession;

/** The test cluster: local[2], bound to 127.0.0.1, no UI, with the plugin that closes models. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("mlmodel-spark-test")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.plugins", ScoringPlugin.class.getName())
        .getOrCreate();
  }

  /** A folder of the repository's testdata. */
  static Path testdata(String path) {
    return Paths.get(System.getProperty("mlmodel.basedir", ".")).resolve("../testdata").resolve(path)
        .toAbsolutePath().normalize();
  }
}
