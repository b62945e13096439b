package io.mlmodel.store;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The parsing behind {@link ModelUri#parse}, kept byte-for-byte close to MLflow's parsers. */
final class UriParser {
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
  /** Whether a {@code file://host/share} URI names a network share that paths here can reach (UNC). */
  static final boolean WINDOWS = java.nio.file.FileSystems.getDefault().getSeparator().equals("\\");
  private static final Pattern DRIVE = Pattern.compile("^/?[A-Za-z]:([\\\\/].*)?$");
  private static final Set<String> REMOTE = Set.of("s3", "s3a", "gs", "wasb", "wasbs", "abfss", "hdfs",
      "viewfs", "dbfs", "http", "https", "ftp", "sftp", "mlflow-artifacts", "uc", "oss", "databricks");
  private static final String MODELS_FORM = " Models URIs must be of the form 'models:/name/suffix' or"
      + " 'models:/name@alias' where suffix is a version, stage, or the string 'latest' and where alias"
      + " is a registered model alias. Only one of suffix or alias can be defined at a time.";

  private UriParser() {}

  static ModelUri parse(String uri) {
    if (uri.isBlank()) {
      throw bad("a model location must not be empty");
    }
    Matcher m = SCHEME.matcher(uri);
    if (!m.find() || m.group(1).length() == 1) {
      // No scheme, or a Windows drive letter (C:\x) that only looks like one.
      return path(normalizeWindows(uri), uri);
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    String rest = uri.substring(m.end());
    switch (scheme) {
      case "file":
        return path(fileLocation(rest), uri);
      case "runs":
        return runs(uri, rest);
      case "models":
        return models(uri, rest);
      default:
        String what = REMOTE.contains(scheme) ? "names a remote store" : "has an unknown scheme";
        throw new ModelException("unsupported-uri", Location.UNKNOWN, "'" + uri + "' " + what
            + " ('" + scheme + ":'); only runs:/, models:/, file: URIs and local paths are read:"
            + " download the model first (mlflow artifacts download)");
    }
  }

  /** The local path a {@code file:} URI (after the scheme) names, decoded. */
  static String fileLocation(String rest) {
    return fileLocation(rest, WINDOWS);
  }

  /**
   * Same, as on Windows or elsewhere. {@code file://host/share/m} names a folder on another machine:
   * on Windows it is the share {@code //host/share/m}, as MLflow reads it there; elsewhere MLflow
   * drops the host and reads {@code /share/m} of this machine, a different folder from the one
   * meant, so it is refused, naming the host.
   */
  static String fileLocation(String rest, boolean windows) {
    String host = foreignHost(rest);
    if (host != null && !windows) {
      String tail = percentDecode(rest.substring(2 + host.length()));
      throw bad("'file:" + rest + "' names the host '" + host + "', another machine: only file:///path and"
          + " file://localhost/path name a local file here (MLflow would read '" + (tail.isEmpty() ? "/" : tail)
          + "' of this machine instead); mount the share and give its local path");
    }
    return anyHostLocation(rest);
  }

  /** The host of {@code file://host/...} when it names another machine (not empty, localhost, . or ..), else null. */
  static @Nullable String foreignHost(String rest) {
    if (!rest.startsWith("//")) {
      return null;
    }
    int slash = rest.indexOf('/', 2);
    String host = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
    boolean local = host.isEmpty() || host.equalsIgnoreCase("localhost") || host.equals(".") || host.equals("..");
    return local ? null : host;
  }

  /** The decoded path, a host kept as a share ({@code //host/share}): for relocating a recorded location by its tail. */
  static String anyHostLocation(String rest) {
    String path = rest;
    if (path.startsWith("//")) {
      int slash = path.indexOf('/', 2);
      String host = slash < 0 ? path.substring(2) : path.substring(2, slash);
      String tail = slash < 0 ? "" : path.substring(slash);
      if (host.isEmpty() || host.equalsIgnoreCase("localhost")) {
        path = tail;
      } else if (host.equals(".") || host.equals("..")) {
        path = host + tail; // file://./my_model, as seen in committed registries: relative
      } else {
        path = "//" + host + tail; // a UNC share
      }
    }
    return normalizeWindows(percentDecode(path));
  }

  /** {@code C:\x\y}, {@code /C:/x} → {@code C:/x/y}; anything else unchanged. */
  static String normalizeWindows(String path) {
    if (DRIVE.matcher(path).matches()) {
      String p = path.startsWith("/") ? path.substring(1) : path;
      return p.replace('\\', '/');
    }
    if (path.startsWith("\\\\")) {
      return path.replace('\\', '/');
    }
    return path;
  }

  static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static ModelUri runs(String uri, String rest) {
    String path = stripHost(rest);
    String form = "Not a proper runs:/ URI: " + uri
        + ". Runs URIs must be of the form 'runs:/<run_id>/run-relative/path/to/artifact'";
    if (!path.startsWith("/") || path.length() <= 1) {
      throw bad(form);
    }
    String body = path.substring(1);
    int slash = body.indexOf('/');
    String runId = slash < 0 ? body : body.substring(0, slash);
    if (runId.isEmpty()) {
      throw bad(form);
    }
    String artifact = slash < 0 ? "" : body.substring(slash + 1);
    while (artifact.endsWith("/")) {
      artifact = artifact.substring(0, artifact.length() - 1);
    }
    try {
      Path.of(artifact);
    } catch (InvalidPathException e) {
      throw bad("the artifact path in " + uri + " is not a valid path here: " + e.getReason());
    }
    return new RunsUri(runId, artifact);
  }

  private static ModelUri models(String uri, String rest) {
    String path = stripHost(rest);
    ModelException error = bad("Not a proper models:/ URI: " + uri + "." + MODELS_FORM);
    if (!path.startsWith("/") || path.length() <= 1) {
      throw error;
    }
    String body = path.replaceFirst("^/+", "");
    String[] parts = body.split("/", -1);
    if (parts.length > 2 || parts[0].isBlank()) {
      throw error;
    }
    if (parts.length == 2) {
      String suffix = parts[1];
      if (suffix.isBlank()) {
        throw error;
      }
      if (isDigits(suffix)) {
        if (suffix.length() > 18) {
          throw bad("the version in " + uri + " is too large");
        }
        return new ModelsUri(parts[0], ModelsUri.Kind.VERSION, suffix);
      }
      ModelsUri.Kind kind = suffix.equalsIgnoreCase("latest") ? ModelsUri.Kind.LATEST : ModelsUri.Kind.STAGE;
      return new ModelsUri(parts[0], kind, suffix);
    }
    int at = parts[0].lastIndexOf('@');
    if (at < 0) {
      return new LoggedModelUri(parts[0]);
    }
    String name = parts[0].substring(0, at);
    String alias = parts[0].substring(at + 1);
    if (name.isBlank() || alias.isBlank()) {
      throw error;
    }
    return new ModelsUri(name, ModelsUri.Kind.ALIAS, alias);
  }

  /** Drops an empty authority ({@code models:///x}); a real one names a remote server. */
  private static String stripHost(String rest) {
    if (!rest.startsWith("//")) {
      return rest;
    }
    int slash = rest.indexOf('/', 2);
    String host = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
    if (!host.isEmpty()) {
      throw new ModelException("unsupported-uri", Location.UNKNOWN, "'" + host
          + "' in a runs:/ or models:/ URI names a remote tracking server (such as Databricks);"
          + " only a local tracking folder is read");
    }
    return rest.substring(2);
  }

  private static PathUri path(String location, String uri) {
    if (location.isEmpty()) {
      throw bad("'" + uri + "' names no path");
    }
    try {
      Path.of(location);
    } catch (InvalidPathException e) {
      throw new ModelException("bad-uri", Location.UNKNOWN, "'" + uri + "' is not a valid path here: "
          + e.getReason(), e);
    }
    return new PathUri(location);
  }

  private static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 3;
      } else {
        int cp = s.codePointAt(i);
        out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(cp);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  private static ModelException bad(String problem) {
    return new ModelException("bad-uri", Location.UNKNOWN, problem);
  }
}
