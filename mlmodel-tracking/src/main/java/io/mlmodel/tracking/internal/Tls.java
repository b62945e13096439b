package io.mlmodel.tracking.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jspecify.annotations.Nullable;

/** The SSLContext MLflow's TLS variables ask for: JDK trust by default, a CA bundle, none, a client key. */
final class Tls {
  private static final Pattern PEM = Pattern.compile(
      "-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

  private Tls() {}

  static SSLContext context(HttpSettings s) {
    try {
      TrustManager[] trust = s.insecureTls() ? new TrustManager[] {new TrustAll()}
          : s.serverCert() != null ? trustOnly(s.serverCert()) : null;
      KeyManagerFactory keys = s.clientCert() == null ? null : clientKey(s.clientCert());
      if (trust == null && keys == null) {
        return SSLContext.getDefault();
      }
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(keys == null ? null : keys.getKeyManagers(), trust, null);
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw Variables.bad("cannot set up TLS from MLFLOW_TRACKING_SERVER_CERT_PATH / MLFLOW_TRACKING_CLIENT_CERT_PATH: " + e);
    }
  }

  private static TrustManager[] trustOnly(Path bundle) throws GeneralSecurityException, IOException {
    KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
    ks.load(null, null);
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(bundle)) {
      try (Stream<Path> s = Files.list(bundle)) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    } else {
      files.add(bundle);
    }
    int n = 0;
    for (Path f : files) {
      for (Certificate c : certificates(f)) {
        ks.setCertificateEntry("ca-" + n++, c);
      }
    }
    if (n == 0) {
      throw Variables.bad("MLFLOW_TRACKING_SERVER_CERT_PATH " + bundle + " holds no PEM certificate");
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    return tmf.getTrustManagers();
  }

  private static List<Certificate> certificates(Path file) throws GeneralSecurityException, IOException {
    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    List<Certificate> out = new ArrayList<>();
    Matcher m = PEM.matcher(pemText(file));
    while (m.find()) {
      if (m.group(1).equals("CERTIFICATE")) {
        try (InputStream in = new java.io.ByteArrayInputStream(der(file, m.group(1), m.group(2)))) {
          out.add(cf.generateCertificate(in));
        }
      }
    }
    return out;
  }

  private static KeyManagerFactory clientKey(Path pem) throws GeneralSecurityException, IOException {
    @Nullable PrivateKey key = null;
    Matcher m = PEM.matcher(pemText(pem));
    while (m.find()) {
      if (m.group(1).equals("PRIVATE KEY")) {
        byte[] der = der(pem, m.group(1), m.group(2));
        for (String alg : List.of("RSA", "EC", "Ed25519")) {
          try {
            key = KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            break;
          } catch (GeneralSecurityException tryNext) {
            // the PKCS#8 header names the algorithm; trying the usual three is simpler than parsing it
          }
        }
      } else if (m.group(1).endsWith("PRIVATE KEY")) {
        throw Variables.bad("MLFLOW_TRACKING_CLIENT_CERT_PATH " + pem + ": a '" + m.group(1)
            + "' is not read; convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem");
      }
    }
    List<Certificate> chain = certificates(pem);
    if (key == null || chain.isEmpty()) {
      throw Variables.bad("MLFLOW_TRACKING_CLIENT_CERT_PATH " + pem
          + " must hold the client certificate and its unencrypted PKCS#8 private key (PEM)");
    }
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry("client", key, new char[0], chain.toArray(new Certificate[0]));
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, new char[0]);
    return kmf;
  }

  /**
   * A PEM file's text. Only its blocks are ASCII: the text around them is anything (a bundle's
   * comments name issuers in their own languages), so each byte is read as one character, never
   * refused, as OpenSSL reads it.
   */
  private static String pemText(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.ISO_8859_1);
  }

  private static byte[] der(Path file, String type, String base64) throws GeneralSecurityException {
    try {
      return Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException(file + ": a " + type + " block is not base64: " + e.getMessage(), e);
    }
  }

  /** MLFLOW_TRACKING_INSECURE_TLS: requests' verify=False, no chain and no host name check. */
  private static final class TrustAll extends X509ExtendedTrustManager {
    @Override public void checkClientTrusted(X509Certificate[] c, String a) {}
    @Override public void checkServerTrusted(X509Certificate[] c, String a) {}
    @Override public void checkClientTrusted(X509Certificate[] c, String a, Socket s) {}
    @Override public void checkServerTrusted(X509Certificate[] c, String a, Socket s) {}
    @Override public void checkClientTrusted(X509Certificate[] c, String a, SSLEngine e) {}
    @Override public void checkServerTrusted(X509Certificate[] c, String a, SSLEngine e) {}
    @Override public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
