package io.mlmodel.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;

/**
 * For {@link SparkThroughputBench}: what Spark's own task metrics say about one query, so that the
 * per-row cost inside the tasks can be told apart from the query's fixed cost and from idle cores.
 * Sums the tasks' CPU time (the task threads' own CPU time, native code included), and keeps when
 * the first task started and when the first and the last ended (wall clock, milliseconds).
 */
final class TaskClock extends SparkListener {
  private final List<long[]> tasks = new ArrayList<>();

  /** A summary of the tasks that ended since the last reset. */
  record Tasks(int count, long cpuNanos, long firstLaunch, long firstEnd, long lastEnd, long gcMillis) {}

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    TaskInfo i = end.taskInfo();
    tasks.add(new long[] {end.taskMetrics().executorCpuTime(), i.launchTime(), i.finishTime(),
        end.taskMetrics().jvmGCTime()});
    notifyAll();
  }

  synchronized void reset() {
    tasks.clear();
  }

  /** Waits (Spark's listener bus is asynchronous) until {@code count} tasks have ended, then sums them. */
  synchronized Tasks await(int count) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    while (tasks.size() < count && System.currentTimeMillis() < deadline) {
      wait(100);
    }
    long cpu = 0;
    long launch = Long.MAX_VALUE;
    long firstEnd = Long.MAX_VALUE;
    long lastEnd = 0;
    long gc = 0;
    for (long[] t : tasks) {
      cpu += t[0];
      launch = Math.min(launch, t[1]);
      firstEnd = Math.min(firstEnd, t[2]);
      lastEnd = Math.max(lastEnd, t[2]);
      gc = Math.max(gc, t[3]);
    }
    return new Tasks(tasks.size(), cpu, launch, firstEnd, lastEnd, gc);
  }
}
