package io.mlmodel.spark;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * For {@link SparkThroughputBench}: where the CPU went during one query, from Linux's per-thread
 * scheduler statistics ({@code /proc/self/task/<tid>/schedstat}: nanoseconds on a CPU, then
 * nanoseconds runnable but waiting for one) grouped by the thread's name ({@code comm}, 15
 * characters), the JVM's collectors' counts and times, and the whole machine's CPU time
 * ({@code /proc/stat}), so that what other processes took is the machine's busy time less ours.
 * Linux only; a snapshot is a few hundred small file reads, taken outside the timed work.
 *
 * @param threads per thread id, its name, nanoseconds run and nanoseconds waited for a CPU
 * @param gcCount the collections of every collector so far
 * @param gcMillis their accumulated time (G1's young and mixed pauses; its concurrent cycles too)
 * @param machineBusy the machine's non-idle CPU time so far, in clock ticks (1/100 s)
 * @param machineIdle the machine's idle CPU time so far, in clock ticks
 * @param taskBytes the bytes allocated so far by the live task threads ("Executor task launch
 *     worker", the JVM's own count per thread: pooled, they outlive a query)
 */
record ThreadCpu(Map<Long, Object[]> threads, long gcCount, long gcMillis, long machineBusy, long machineIdle,
    long taskBytes) {
  /** The groups printed, in order; a thread whose name starts with none of these is "other". */
  static final Map<String, List<String>> GROUPS = groups();

  private static Map<String, List<String>> groups() {
    Map<String, List<String>> g = new LinkedHashMap<>();
    g.put("tasks", List.of("Executor task l"));
    g.put("GC pauses", List.of("GC Thread"));
    g.put("G1 concurrent", List.of("G1 "));
    g.put("JIT", List.of("C1 CompilerThre", "C2 CompilerThre"));
    g.put("main", List.of("java", "main"));
    g.put("VM", List.of("VM Thread", "VM Periodic"));
    return g;
  }

  /** The current counters. */
  static ThreadCpu now() {
    Map<Long, Object[]> threads = new HashMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path t : (Iterable<Path>) tasks::iterator) {
        try {
          String[] sched = Files.readString(t.resolve("schedstat")).trim().split(" ");
          threads.put(Long.parseLong(t.getFileName().toString()), new Object[] {Files.readString(t.resolve("comm")).trim(),
              Long.parseLong(sched[0]), Long.parseLong(sched[1])});
        } catch (IOException | RuntimeException ended) {
          // The thread ended between the listing and the read: it no longer counts.
        }
      }
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split(" +");
      long busy = 0;
      for (int i = 1; i < cpu.length && i <= 8; i++) {
        busy += i == 4 || i == 5 ? 0 : Long.parseLong(cpu[i]);
      }
      long count = 0;
      long millis = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        count += gc.getCollectionCount();
        millis += gc.getCollectionTime();
      }
      long bytes = 0;
      com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        bytes += t.getName().startsWith("Executor task launch worker") ? Math.max(0, mx.getThreadAllocatedBytes(t.getId())) : 0;
      }
      return new ThreadCpu(threads, count, millis, busy, Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]), bytes);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read /proc (the breakdown needs Linux)", e);
    }
  }

  /**
   * What happened between {@code before} and this snapshot, one line: per group, milliseconds on a
   * CPU (and, for the task threads, milliseconds runnable but waiting for a CPU); the collections;
   * and the machine's busy time not ours (other processes), in milliseconds.
   */
  String since(ThreadCpu before) {
    Map<String, long[]> sums = new LinkedHashMap<>();
    for (String g : GROUPS.keySet()) {
      sums.put(g, new long[2]);
    }
    sums.put("other", new long[2]);
    long ours = 0;
    Map<String, Long> others = new HashMap<>();
    for (Map.Entry<Long, Object[]> t : threads.entrySet()) {
      Object[] was = before.threads.getOrDefault(t.getKey(), new Object[] {"", 0L, 0L});
      long run = (long) t.getValue()[1] - (long) was[1];
      long waited = (long) t.getValue()[2] - (long) was[2];
      long[] sum = sums.get(group((String) t.getValue()[0]));
      sum[0] += run;
      sum[1] += waited;
      ours += run;
      if (sum == sums.get("other")) {
        others.merge((String) t.getValue()[0], run, Long::sum);
      }
    }
    StringBuilder out = new StringBuilder("threads' CPU ms:");
    sums.forEach((g, s) -> out.append(String.format(" %s %.0f", g, s[0] / 1e6)));
    others.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
        .forEach(e -> out.append(String.format(" [%s %.0f]", e.getKey(), e.getValue() / 1e6)));
    out.append(String.format(" (tasks waited for a CPU %.0f ms) | tasks allocated %.0f MB | GC: %d collections, %d ms",
        sums.get("tasks")[1] / 1e6, (taskBytes - before.taskBytes) / 1e6, gcCount - before.gcCount, gcMillis - before.gcMillis));
    long busy = (machineBusy - before.machineBusy) * 10;
    out.append(String.format(" | machine: busy %d ms, of which not this JVM %.0f ms, idle %d ms", busy,
        busy - ours / 1e6, (machineIdle - before.machineIdle) * 10));
    return out.toString();
  }

  /** The CPU time, in nanoseconds, the threads of one of {@link #GROUPS} (or "other") ran between {@code before} and this snapshot. */
  long groupNanos(ThreadCpu before, String name) {
    long sum = 0;
    for (Map.Entry<Long, Object[]> t : threads.entrySet()) {
      if (group((String) t.getValue()[0]).equals(name)) {
        sum += (long) t.getValue()[1] - (long) before.threads.getOrDefault(t.getKey(), new Object[] {"", 0L, 0L})[1];
      }
    }
    return sum;
  }

  private static String group(String comm) {
    for (Map.Entry<String, List<String>> g : GROUPS.entrySet()) {
      for (String prefix : g.getValue()) {
        if (comm.startsWith(prefix)) {
          return g.getKey();
        }
      }
    }
    return "other";
  }
}
