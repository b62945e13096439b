package io.mlmodel.store;

/**
 * {@code models:/<model_id>}: an MLflow 3 logged model, such as {@code
 * models:/m-4f1c0a9d2e3b4c5d8e7f6a5b4c3d2e1f}.
 *
 * @param modelId the logged model id ({@code m-} and 32 hex digits when MLflow made it)
 */
public record LoggedModelUri(String modelId) implements ModelUri {
  /**
   * Checks that the id is not blank; its form is not checked.
   *
   * @param modelId the logged model id
   * @throws IllegalArgumentException when {@code modelId} is blank
   */
  public LoggedModelUri {
    if (modelId.isBlank()) {
      throw new IllegalArgumentException("modelId must not be blank");
    }
  }

  @Override
  public String uri() {
    return "models:/" + modelId;
  }
}
