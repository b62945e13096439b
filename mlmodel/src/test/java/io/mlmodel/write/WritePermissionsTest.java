package io.mlmodel.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders and files the writer creates get the modes MLflow's would: Python's {@code os.makedirs}
 * and {@code open} ask for 0777 and 0666 less the umask. The umask is asked of the shell, not of
 * the code under test. Regression test: the folders were {@code drwx------} and the files {@code
 * -rw-------}, from {@code Files.createTempDirectory} and {@code createTempFile}.
 */
class WritePermissionsTest {
  private static int umask;

  @BeforeAll
  static void umask() throws IOException, InterruptedException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    Process p = new ProcessBuilder("sh", "-c", "umask").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
    assertThat(p.waitFor()).isZero();
    umask = Integer.parseInt(out, 8);
  }

  @Test
  void aWrittenModelFolderAndItsMLmodelFollowTheUmask(@TempDir Path tmp) throws IOException {
    Path model = tmp.resolve("model");
    AtomicWrites.writeDirectory(model, d -> AtomicWrites.writeFile(d.resolve("MLmodel"), "a: 1\n".getBytes(StandardCharsets.US_ASCII)),
        WriteOptions.defaults());
    assertThat(mode(model)).isEqualTo(0777 & ~umask);
    assertThat(mode(model.resolve("MLmodel"))).isEqualTo(0666 & ~umask);
  }

  @Test
  void aReplacedFolderFollowsTheUmaskToo(@TempDir Path tmp) throws IOException {
    Path model = tmp.resolve("model");
    AtomicWrites.writeDirectory(model, d -> Files.writeString(d.resolve("x"), "1"), WriteOptions.defaults());
    AtomicWrites.writeDirectory(model, d -> Files.writeString(d.resolve("x"), "2"),
        WriteOptions.builder().replaceExisting(true).build());
    assertThat(mode(model)).isEqualTo(0777 & ~umask);
  }

  @Test
  void rewritingAFileKeepsItsMode(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("MLmodel");
    Files.writeString(file, "a: 1\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    AtomicWrites.writeFile(file, "a: 2\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(Files.readString(file)).isEqualTo("a: 2\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
  }

  private static int mode(Path p) throws IOException {
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
    int mode = 0;
    for (PosixFilePermission perm : PosixFilePermission.values()) {
      if (perms.contains(perm)) {
        mode |= 1 << (8 - perm.ordinal());
      }
    }
    return mode;
  }
}
