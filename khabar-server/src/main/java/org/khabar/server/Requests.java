package org.khabar.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** What every write checks first: the bearer token, then the size of the body. */
final class Requests {

  /** A body this many times over the limit is not read to the end before refusing it. */
  private static final long DRAIN_FACTOR = 4;

  private Requests() {}

  /**
   * Refuses the request unless writes are enabled and it carries the operator's token: 403 when no
   * token is configured, 401 when the token is missing or wrong.
   */
  static void requireToken(Context ctx, ServerConfig config) {
    if (!config.writesEnabled()) {
      throw new ApiException(
          403,
          "writes are disabled on this server: start it with --token TOKEN (or set KHABAR_TOKEN)"
              + " and send the header 'Authorization: Bearer TOKEN'");
    }
    String header = ctx.header("Authorization");
    String prefix = "Bearer ";
    if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"khabar\"");
      throw new ApiException(401, "this request needs the header 'Authorization: Bearer TOKEN'");
    }
    byte[] given = header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
    byte[] expected = config.token().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, expected)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"khabar\", error=\"invalid_token\"");
      throw new ApiException(401, "wrong bearer token");
    }
  }

  /** The body, or 413 when it is longer than the limit. */
  static byte[] body(Context ctx, long max) {
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > max) {
        drain(in, declared, max);
        throw tooLarge(max);
      }
      byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (data.length > max) {
        drain(in, -1, max);
        throw tooLarge(max);
      }
      return data;
    } catch (IOException e) {
      throw ApiException.badRequest("the request body could not be read: " + e.getMessage());
    }
  }

  /**
   * Reads what the client is still sending (up to a bound) so that it receives the 413 rather than
   * a reset connection.
   */
  private static void drain(InputStream in, long declared, long max) throws IOException {
    long bound = max * DRAIN_FACTOR;
    if (declared > bound) {
      return;
    }
    byte[] buf = new byte[1 << 16];
    long total = 0;
    for (int n = in.read(buf); n >= 0 && total < bound; n = in.read(buf)) {
      total += n;
    }
  }

  private static ApiException tooLarge(long max) {
    return new ApiException(
        413,
        "the request body is larger than "
            + (max >= 1 << 20 ? (max >> 20) + " MB" : max + " bytes")
            + ": send fewer articles per request");
  }

  /** Query parameters of a request. */
  static Api.Params params(Context ctx) {
    return name -> {
      List<String> v = ctx.queryParams(name);
      return v == null ? List.of() : v;
    };
  }

  /** A boolean query parameter (true/false/1/0/yes/no), or the default. */
  static boolean flag(Context ctx, String name, boolean dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
          throw ApiException.badRequest("'" + name + "' must be true or false, not '" + v + "'");
    };
  }
}
