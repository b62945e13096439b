package io.mlmodel.io;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A URL as a message or {@code toString} may show it: without the parts that carry credentials
 * (the user information, {@code user:token@}, and, for {@link #shown}, the query and fragment,
 * where cloud endpoints put {@code ?code=<key>}). The remote predictor's endpoint messages and the
 * tracking client's refusal of a tracking URI use it. Stateless and thread-safe.
 *
 * <p>A URL that parses with a host is cut by its parts. Any other text (a password with a raw
 * {@code '/'}, {@code '?'} or {@code '#'} leaves a URL without a host; {@code user:password@host}
 * is one without its scheme) loses everything from after its {@code //}, or from its start when it
 * has none, to its last {@code '@'}: the cut errs towards hiding too much.
 *
 * <pre>{@code
 * UrlText.shown("https://u:t0k@host/invocations?code=k3y")     // "https://host/invocations"
 * UrlText.withoutUserInfo("http://u:s3/cret@my host", "***@")  // "http://***@my host"
 * }</pre>
 */
public final class UrlText {
  private UrlText() {}

  /**
   * {@code url} without its user information, query and fragment; the scheme, host, port and path
   * stay.
   *
   * @param url a URL, or any text that should have been one
   * @return the text to show
   */
  public static String shown(String url) {
    try {
      URI u = new URI(url);
      if (u.getHost() != null) { // a server-based authority: its user information holds no '@'
        String authority = u.getRawAuthority();
        return u.getScheme() + "://" + authority.substring(authority.lastIndexOf('@') + 1)
            + (u.getRawPath() == null ? "" : u.getRawPath());
      }
    } catch (URISyntaxException notAUrl) {
      // cut as text, below
    }
    String s = withoutUserInfo(url, "");
    for (char c : new char[] {'?', '#'}) {
      int i = s.indexOf(c);
      s = i >= 0 ? s.substring(0, i) : s;
    }
    return s;
  }

  /**
   * {@code text} with what may be user information, up to and including its last {@code '@'},
   * replaced by {@code mask}; the rest (query and fragment too) as it is.
   *
   * @param text a URL, or any text that should have been one
   * @param mask what stands in its place, such as {@code "***@"}, or {@code ""}
   * @return the text to show; {@code text} itself when it has no {@code '@'}
   */
  public static String withoutUserInfo(String text, String mask) {
    int at = text.lastIndexOf('@');
    if (at < 0) {
      return text;
    }
    int slashes = text.indexOf("//");
    int start = slashes >= 0 && slashes < at ? slashes + 2 : 0;
    return text.substring(0, start) + mask + text.substring(at + 1);
  }
}
