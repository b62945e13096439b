package io.mlmodel.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a model fixture into a JUnit 5 test or lifecycle method parameter. The parameter may be
 * an {@link io.mlmodel.model.MLModel}, the folder as a {@link java.nio.file.Path}, or (when a
 * predictor loader for the model is on the class path) a {@code io.mlmodel.predict.Predictor},
 * which is closed after the test.
 *
 * <pre>{@code
 * @Test
 * void scores(@MLModelFixture(resource = "models/iris") MLModel model) { ... }
 *
 * @Test
 * void runs(@MLModelFixture("testdata/models/flavor_onnx") Predictor predictor) { ... }
 * }</pre>
 *
 * <p>Exactly one of {@link #value()} and {@link #resource()} must be given. No registration is
 * needed: the annotation brings its extension, {@link MLModelExtension}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@ExtendWith(MLModelExtension.class)
public @interface MLModelFixture {
  /**
   * A folder, MLmodel file or model URI ({@code runs:/}, {@code models:/} against the tracking
   * folder of {@code MLFLOW_TRACKING_URI}, {@code file:}); relative paths resolve against the
   * working directory, which Maven and Gradle set to the project folder.
   *
   * @return the model's location; empty when {@link #resource()} names it instead
   */
  String value() default "";

  /**
   * A folder on the test class path, such as {@code models/iris} for src/test/resources/models/iris.
   *
   * @return the class path folder; empty when {@link #value()} names the model instead
   */
  String resource() default "";

  /**
   * The tracking folder (a path or {@code file:} URI) that {@code runs:/} and {@code models:/}
   * URIs in {@link #value()} resolve against; by default that of the environment ({@code
   * MLFLOW_TRACKING_URI}, else {@code ./mlruns}).
   *
   * @return the tracking folder; empty for the environment's
   */
  String trackingUri() default "";
}
