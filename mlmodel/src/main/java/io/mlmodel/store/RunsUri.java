package io.mlmodel.store;

/**
 * {@code runs:/<run_id>/<artifact path>}: a path inside a run's artifacts.
 *
 * @param runId the run id (usually 32 hex digits), never empty
 * @param artifactPath the path inside the run's artifacts, {@code /}-separated; empty for the
 *     artifacts folder itself
 */
public record RunsUri(String runId, String artifactPath) implements ModelUri {
  /**
   * Checks that the run id is not empty; the artifact path is kept as given.
   *
   * @param runId the run id, not empty
   * @param artifactPath the path inside the run's artifacts, {@code /}-separated; empty for the
   *     artifacts folder itself
   * @throws IllegalArgumentException when {@code runId} is empty
   */
  public RunsUri {
    if (runId.isEmpty()) {
      throw new IllegalArgumentException("runId must not be empty");
    }
  }

  @Override
  public String uri() {
    return "runs:/" + runId + (artifactPath.isEmpty() ? "" : "/" + artifactPath);
  }
}
