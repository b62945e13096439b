package io.mlmodel.validate;

import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.model.MLModel;
import io.mlmodel.request.RequestValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@link ExampleCheck} of the predict layer: the request is decoded and enforced exactly as a
 * predictor would before calling its model ({@link RequestValidator}), type-hint models included.
 */
final class EnforcementCheck implements ExampleCheck {
  static final EnforcementCheck INSTANCE = new EnforcementCheck();

  private EnforcementCheck() {}

  @Override
  public void check(MLModel model, String requestJson) {
    RequestValidator.validate(model.directory().orElseThrow(),
        new ByteArrayInputStream(requestJson.getBytes(StandardCharsets.UTF_8)), "application/json",
        EnforcementOptions.defaults());
  }
}
