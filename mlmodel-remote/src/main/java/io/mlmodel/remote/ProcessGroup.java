package io.mlmodel.remote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The processes of one process group, read from Linux's {@code /proc}, and how to end them all:
 * {@code mlflow models serve} starts gunicorn, whose master and workers outlive the {@code mlflow}
 * process, so stopping the child alone would leave the server running. Internal; stateless.
 */
final class ProcessGroup {
  private ProcessGroup() {}

  /** The live (not zombie) processes whose process group is {@code pgid}. */
  static List<Long> members(long pgid) {
    List<Long> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("/proc"))) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit)).forEach(n -> {
        String[] f = stat(Long.parseLong(n));
        if (f != null && !f[0].equals("Z") && !f[0].equals("X") && Long.parseLong(f[2]) == pgid) {
          out.add(Long.parseLong(n));
        }
      });
    } catch (IOException e) {
      // no /proc: only the leader is known
      ProcessHandle.of(pgid).filter(ProcessHandle::isAlive).ifPresent(h -> out.add(h.pid()));
    }
    return out;
  }

  /** Whether {@code pid} is a running process (a zombie is not). */
  static boolean running(long pid) {
    String[] f = stat(pid);
    return f != null && !f[0].equals("Z") && !f[0].equals("X");
  }

  /** The process group of {@code pid}, or -1 when it is gone. */
  static long groupOf(long pid) {
    String[] f = stat(pid);
    return f == null ? -1 : Long.parseLong(f[2]);
  }

  /** Fields 3 onwards of /proc/PID/stat (state, ppid, pgrp, ...), or null when the process is gone. */
  private static String[] stat(long pid) {
    try {
      String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // the command name (field 2) is in parentheses and may itself hold spaces and parentheses
      return s.substring(s.lastIndexOf(')') + 2).split(" ");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Ends every process of the group: SIGTERM, then SIGKILL to what still runs after {@code grace}
   * milliseconds. Returns once none runs, or after a further second.
   */
  static void stop(long pgid, long grace) {
    List<ProcessHandle> procs = new ArrayList<>();
    for (long pid : members(pgid)) {
      ProcessHandle.of(pid).ifPresent(procs::add);
    }
    procs.forEach(ProcessHandle::destroy);
    if (!awaitGone(pgid, grace)) {
      for (long pid : members(pgid)) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      }
      awaitGone(pgid, 1000);
    }
  }

  private static boolean awaitGone(long pgid, long millis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (!members(pgid).isEmpty()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
