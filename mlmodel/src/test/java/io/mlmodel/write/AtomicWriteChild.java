package io.mlmodel.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The child JVM of {@link AtomicWritesCrashTest}: rewrites a file and a directory in a loop, each
 * time as the next self-checking version, until it is killed. Prints "started" after the first
 * round so the parent kills it mid-loop.
 */
public final class AtomicWriteChild {
  static final int FILE_SIZE = 2 << 20;

  private AtomicWriteChild() {}

  public static void main(String[] args) {
    Path root = Path.of(args[0]);
    long n = Long.parseLong(args[1]);
    WriteOptions replace = WriteOptions.builder().replaceExisting(true).build();
    for (boolean first = true; ; first = false) {
      n++;
      AtomicWrites.writeFile(root.resolve("file.bin"), content(n, FILE_SIZE));
      long version = n;
      AtomicWrites.writeDirectory(root.resolve("model"), dir -> writeVersion(dir, version), replace);
      if (first) {
        System.out.println("started");
        System.out.flush();
      }
    }
  }

  static void writeVersion(Path dir, long n) throws java.io.IOException {
    Files.write(dir.resolve("a.bin"), content(n, 300_000));
    Files.write(dir.resolve("MLmodel"), content(n, 1_000));
    Files.createDirectories(dir.resolve("sub"));
    Files.write(dir.resolve("sub/c.bin"), content(n, 500_000));
  }

  /** Version {@code n} of a file: its number, then a byte pattern that depends on it. */
  static byte[] content(long n, int size) {
    byte[] b = new byte[size];
    Arrays.fill(b, (byte) (n % 251));
    byte[] head = (n + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, b, 0, head.length);
    return b;
  }

  /** The version a file holds, or -1 when it is not exactly one whole version. */
  static long versionOf(byte[] b, int size) {
    int nl = 0;
    while (nl < b.length && nl < 24 && b[nl] != '\n') {
      nl++;
    }
    if (nl == 0 || nl >= b.length || nl >= 24) {
      return -1;
    }
    long n;
    try {
      n = Long.parseLong(new String(b, 0, nl, java.nio.charset.StandardCharsets.US_ASCII));
    } catch (NumberFormatException e) {
      return -1;
    }
    return Arrays.equals(b, content(n, size)) ? n : -1;
  }
}
