package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options that the distribution's launcher ({@code src/dist/bin/mlmodel}) gives each
 * command, read from a stand-in {@code java} (through {@code JAVA_HOME}) that prints its arguments:
 * the short commands start on C1 alone without perf data; {@code serve}, a long-running server,
 * gets the full JIT.
 */
class LauncherFlagsTest {
  @TempDir
  static Path dist;

  /** The JVM's arguments when the launcher runs {@code mlmodel ARGS...}. */
  private static List<String> jvmArguments(String... args) throws IOException, InterruptedException {
    Path bin = Files.createDirectories(dist.resolve("bin"));
    Files.createDirectories(dist.resolve("lib"));
    Files.createDirectories(dist.resolve("jdk/bin"));
    Files.copy(Path.of("mlmodel-cli/src/dist/bin/mlmodel"), bin.resolve("mlmodel"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dist.resolve("lib/a.jar"), "");
    Path java = dist.resolve("jdk/bin/java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> command = new java.util.ArrayList<>(List.of("sh", bin.resolve("mlmodel").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_HOME", dist.resolve("jdk").toString());
    pb.environment().put("MLMODEL_CDS", "off");
    pb.environment().remove("MLMODEL_OPTS");
    Process p = pb.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    List<String> lines = out.lines().toList();
    return lines.subList(0, lines.indexOf("io.mlmodel.cli.Main"));
  }

  @Test
  void shortCommandsStartOnC1AloneWithoutPerfData() throws Exception {
    assertThat(jvmArguments("inspect", "model")).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-XX:-UsePerfData");
  }

  @Test
  void serveGetsTheFullJitAndKeepsTheSerialCollector() throws Exception {
    assertThat(jvmArguments("serve", "--port", "0", "linear=model")).contains("-XX:+UseSerialGC")
        .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");
  }

  /** The tool's own options come before the command, as Main reads them. */
  @Test
  void serveIsRecognisedAfterTheToolsOwnOptions() throws Exception {
    assertThat(jvmArguments("--", "serve", "model")).doesNotContain("-XX:TieredStopAtLevel=1");
  }

  /** A model or option value named "serve" after another command is no server. */
  @Test
  void aLaterArgumentNamedServeIsNoServer() throws Exception {
    assertThat(jvmArguments("inspect", "serve")).contains("-XX:TieredStopAtLevel=1");
  }
}
