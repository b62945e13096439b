package io.mlmodel.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;

/**
 * For {@link SparkThroughputBench}: what Spark's own task metrics say about one query, so that the
 * per-row cost inside the tasks can be told apart from the query's fixed cost and from idle cores.
 * Sums the tasks' CPU time (the task threads' own CPU time, native code included) and their wall
 * time from launch to end, and keeps when the first task started and the last ended (wall clock,
 * milliseconds): on {@code cores} cores, {@code cores * (lastEnd - firstLaunch) - taskMillis} is
 * how long cores sat without a task between the first task's start and the last one's end.
 */
final class TaskClock extends SparkListener {
  private final List<long[]> tasks = new ArrayList<>();

  /**
   * A summary of the tasks that ended since the last reset: besides the times above, the CPU time
   * the executors spent deserializing the tasks (their closures and RDDs, before each task runs)
   * and the time spent serializing their results, summed over the tasks.
   */
  record Tasks(int count, long cpuNanos, long taskMillis, long firstLaunch, long lastEnd, long gcMillis,
      long deserializeCpuNanos, long resultSerializeMillis) {

    /** Core-milliseconds without a task between the first task's start and the last one's end. */
    long idleMillis(int cores) {
      return cores * (lastEnd - firstLaunch) - taskMillis;
    }
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    TaskInfo i = end.taskInfo();
    tasks.add(new long[] {end.taskMetrics().executorCpuTime(), i.launchTime(), i.finishTime(),
        end.taskMetrics().jvmGCTime(), end.taskMetrics().executorDeserializeCpuTime(),
        end.taskMetrics().resultSerializationTime()});
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
    long taskMillis = 0;
    long lastEnd = 0;
    long gc = 0;
    long deserialize = 0;
    long results = 0;
    for (long[] t : tasks) {
      deserialize += t[4];
      results += t[5];
      cpu += t[0];
      launch = Math.min(launch, t[1]);
      taskMillis += t[2] - t[1];
      lastEnd = Math.max(lastEnd, t[2]);
      gc = Math.max(gc, t[3]);
    }
    return new Tasks(tasks.size(), cpu, taskMillis, launch, lastEnd, gc, deserialize, results);
  }
}
