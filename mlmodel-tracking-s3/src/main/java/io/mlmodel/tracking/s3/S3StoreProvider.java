package io.mlmodel.tracking.s3;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.tracking.spi.ArtifactStore;
import io.mlmodel.tracking.spi.ArtifactStoreProvider;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Opens {@code s3://bucket} artifact roots the way MLflow's {@code S3ArtifactRepository} does:
 * {@code MLFLOW_S3_ENDPOINT_URL} for an S3-compatible server (path-style addressing),
 * {@code MLFLOW_S3_IGNORE_TLS} to skip certificate checks, and the usual AWS credential chain
 * ({@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}/{@code AWS_SESSION_TOKEN} from the given
 * variables first, then system properties, profiles, container and instance roles). The region is
 * {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, the SDK's region chain, else {@code us-east-1}.
 *
 * <p>Found with {@link java.util.ServiceLoader}; thread-safe. One S3 client is built per opened root.
 */
public final class S3StoreProvider implements ArtifactStoreProvider {

  /** For {@link java.util.ServiceLoader}. */
  public S3StoreProvider() {}

  @Override
  public Set<String> schemes() {
    return Set.of("s3");
  }

  @Override
  public String name() {
    return "mlmodel-tracking-s3";
  }

  @Override
  public ArtifactStore open(URI root, Function<String, @Nullable String> variables) {
    String bucket = root.getAuthority();
    if (bucket == null || bucket.isEmpty()) {
      throw new ModelException("bad-uri", Location.UNKNOWN, "'" + root + "' names no S3 bucket");
    }
    S3ClientBuilder b = S3Client.builder().credentialsProvider(credentials(variables)).region(region(variables));
    String endpoint = variables.apply("MLFLOW_S3_ENDPOINT_URL");
    if (endpoint != null && !endpoint.isBlank()) {
      // S3-compatible servers (MinIO, s3proxy, Ceph) often lack the flexible checksums that the SDK
      // asks for by default since 2.30: ask only where the API requires them, as boto3 did then.
      b.endpointOverride(endpoint(endpoint)).forcePathStyle(true)
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    ApacheHttpClient.Builder http = ApacheHttpClient.builder();
    if (bool(variables, "MLFLOW_S3_IGNORE_TLS")) {
      http.tlsTrustManagersProvider(() -> new TrustManager[] {new TrustAll()});
    }
    return new S3Store(b.httpClientBuilder(http).build(), bucket);
  }

  /**
   * MLFLOW_S3_ENDPOINT_URL as a URL the SDK can send requests to: {@code http} or {@code https} with
   * a host. Anything else (the scheme left out, a space) is the setting's error, as boto3 refuses it
   * ("Invalid endpoint"), not the SDK's IllegalArgumentException or a request to nowhere.
   */
  private static URI endpoint(String given) {
    try {
      URI u = new URI(given.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        return u;
      }
    } catch (URISyntaxException notAUri) {
      // the same error as any other URL the SDK cannot send to
    }
    throw new ModelException("bad-setting", Location.UNKNOWN, "MLFLOW_S3_ENDPOINT_URL must be an http:// or https://"
        + " URL with a host, such as http://127.0.0.1:9000, but got '" + given + "'");
  }

  private static AwsCredentialsProvider credentials(Function<String, @Nullable String> v) {
    String id = v.apply("AWS_ACCESS_KEY_ID");
    String secret = v.apply("AWS_SECRET_ACCESS_KEY");
    String session = v.apply("AWS_SESSION_TOKEN");
    if (id != null && !id.isEmpty() && secret != null && !secret.isEmpty()) {
      return StaticCredentialsProvider.create(session == null || session.isEmpty()
          ? AwsBasicCredentials.create(id, secret) : AwsSessionCredentials.create(id, secret, session));
    }
    return DefaultCredentialsProvider.builder().build();
  }

  private static Region region(Function<String, @Nullable String> v) {
    for (String name : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
      String r = v.apply(name);
      if (r != null && !r.isBlank()) {
        return Region.of(r.strip());
      }
    }
    try {
      return DefaultAwsRegionProviderChain.builder().build().getRegion();
    } catch (RuntimeException none) {
      return Region.US_EAST_1; // boto3 needs none for an S3-compatible endpoint either
    }
  }

  /** MLflow's boolean variables: true, false, 1, 0 in any case. */
  private static boolean bool(Function<String, @Nullable String> v, String name) {
    String s = v.apply(name);
    if (s == null) {
      return false;
    }
    String l = s.toLowerCase(Locale.ROOT);
    if (!Set.of("true", "false", "1", "0").contains(l)) {
      throw new ModelException("bad-setting", Location.UNKNOWN, name
          + " value must be one of ['true', 'false', '1', '0'] (case-insensitive), but got " + s);
    }
    return l.equals("true") || l.equals("1");
  }

  /** MLFLOW_S3_IGNORE_TLS: boto3's verify=False. */
  private static final class TrustAll implements X509TrustManager {
    @Override public void checkClientTrusted(X509Certificate[] chain, String authType) {}
    @Override public void checkServerTrusted(X509Certificate[] chain, String authType) {}
    @Override public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
