package io.mlmodel.tracking.s3;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.tracking.spi.ArtifactEntry;
import io.mlmodel.tracking.spi.ArtifactStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** One bucket: folders listed with the delimiter {@code /}, as MLflow's S3 repository lists them. */
final class S3Store implements ArtifactStore {
  private static final int MAX_PAGES = 1_000;

  private final S3Client s3;
  private final String bucket;

  S3Store(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  @Override
  public List<ArtifactEntry> list(String path) {
    String prefix = path.isEmpty() ? "" : path + "/";
    List<ArtifactEntry> out = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      if (++pages > MAX_PAGES) {
        throw new ModelException("limit", Location.UNKNOWN, "s3://" + bucket + "/" + prefix + " lists more than "
            + MAX_PAGES + " pages");
      }
      ListObjectsV2Request.Builder req = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).delimiter("/");
      if (token != null) {
        req.continuationToken(token);
      }
      ListObjectsV2Response r = call("list s3://" + bucket + "/" + prefix, () -> s3.listObjectsV2(req.build()));
      for (CommonPrefix p : r.commonPrefixes()) {
        out.add(new ArtifactEntry(under(prefix, p.prefix()).replaceAll("/$", ""), true, -1));
      }
      for (S3Object o : r.contents()) {
        if (!o.key().equals(prefix)) {
          out.add(new ArtifactEntry(under(prefix, o.key()), false, o.size() == null ? -1 : o.size()));
        }
      }
      token = Boolean.TRUE.equals(r.isTruncated()) ? r.nextContinuationToken() : null;
    } while (token != null);
    return out;
  }

  /** The name of {@code key} in the folder {@code prefix}; a key elsewhere is a malformed listing. */
  private String under(String prefix, String key) {
    if (!key.startsWith(prefix)) {
      throw new ModelException("bad-response", Location.UNKNOWN, "the listing of s3://" + bucket + "/" + prefix
          + " names '" + key + "', which is not in it");
    }
    return key.substring(prefix.length());
  }

  @Override
  public long download(String path, Path target, long maxBytes, LongConsumer progress) throws IOException {
    String what = "s3://" + bucket + "/" + path;
    try (InputStream in = call("get " + what, () -> s3.getObject(GetObjectRequest.builder().bucket(bucket).key(path).build()));
        OutputStream out = Files.newOutputStream(target)) {
      byte[] buf = new byte[1 << 16];
      long total = 0;
      for (int n; (n = read(in, buf, what, total)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new ModelException("limit", Location.UNKNOWN, what + " is larger than expected (" + total + " bytes or more)");
        }
        out.write(buf, 0, n);
        progress.accept(total);
      }
      return total;
    } catch (SdkClientException e) {
      throw new ModelException("unreachable", Location.UNKNOWN, "get " + what + " failed: " + e.getMessage(), e);
    }
  }

  /** A read of the object's body: a connection closed early is the store's failure, not the local disk's. */
  private static int read(InputStream in, byte[] buf, String what, long sofar) {
    try {
      return in.read(buf);
    } catch (IOException e) {
      throw new ModelException("unreachable", Location.UNKNOWN, "get " + what + " failed after " + sofar + " bytes: "
          + e.getMessage(), e);
    }
  }

  private interface Call<T> {
    T run();
  }

  private static <T> T call(String what, Call<T> call) {
    try {
      return call.run();
    } catch (NoSuchKeyException | NoSuchBucketException e) {
      throw new ModelException("not-found", Location.UNKNOWN, what + ": " + e.awsErrorDetails().errorMessage(), e);
    } catch (S3Exception e) {
      String code = e.statusCode() == 401 || e.statusCode() == 403 ? "unauthorized" : "http-error";
      throw new ModelException(code, Location.UNKNOWN, what + " failed with HTTP " + e.statusCode() + ": "
          + (e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage())
          + (code.equals("unauthorized") ? " (check the AWS credentials: AWS_ACCESS_KEY_ID, AWS_PROFILE, ...)" : ""), e);
    } catch (SdkException e) {
      throw new ModelException("unreachable", Location.UNKNOWN, what + " failed: " + e.getMessage()
          + " (MLFLOW_S3_ENDPOINT_URL names an S3-compatible server)", e);
    }
  }
}
