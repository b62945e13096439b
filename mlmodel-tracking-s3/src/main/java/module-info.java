/**
 * mlmodel-tracking-s3: {@code s3://} artifact roots for {@code io.mlmodel.tracking}, read with the
 * AWS SDK for Java v2, for tracking servers run with {@code --no-serve-artifacts}. Nothing to call:
 * on the class path or module path it is found by {@link java.util.ServiceLoader}.
 */
module io.mlmodel.tracking.s3 {
  requires io.mlmodel.tracking;
  requires software.amazon.awssdk.services.s3;
  requires software.amazon.awssdk.core;
  requires software.amazon.awssdk.awscore;
  requires software.amazon.awssdk.auth;
  requires software.amazon.awssdk.regions;
  requires software.amazon.awssdk.http;
  requires software.amazon.awssdk.http.apache;
  requires static org.jspecify;

  provides io.mlmodel.tracking.spi.ArtifactStoreProvider with io.mlmodel.tracking.s3.S3StoreProvider;
}
