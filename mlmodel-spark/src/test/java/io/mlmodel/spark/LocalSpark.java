package io.mlmodel.spark;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.sql.SparkSession;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The test cluster: local[2], bound to 127.0.0.1, no UI, with the plugin that closes models. One
 * session serves every test class of the module (starting Spark is the slowest part of a test);
 * JUnit's launcher session listener stops it when the test run ends.
 */
public final class LocalSpark implements LauncherSessionListener {
  private static SparkSession session;

  /** Spark's test listener: JUnit instantiates it through META-INF/services. */
  public LocalSpark() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
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
    return session;
  }

  @Override
  public void launcherSessionClosed(LauncherSession launcherSession) {
    stop();
  }

  /** Stops the session; the next {@link #get()} starts a new one. */
  static synchronized void stop() {
    if (session != null) {
      session.stop();
      session = null;
    }
  }

  /** A folder of the repository's testdata. */
  public static Path testdata(String path) {
    return Paths.get(System.getProperty("mlmodel.basedir", ".")).resolve("../testdata").resolve(path)
        .toAbsolutePath().normalize();
  }
}
