package org.khabar.io.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.khabar.model.Article;
import org.khabar.model.Origin;
import org.khabar.text.Canonicalizer;

/** Makes articles out of read fields: trims them, refuses empty bodies and fills in missing ids. */
final class ArticleFactory {

  private ArticleFactory() {}

  /**
   * An article, or a failure when its body is empty. A missing or blank id becomes {@link
   * #generatedId}.
   */
  static ReadResult make(String id, LocalDate date, String headline, String body, Origin origin) {
    String h = headline == null ? "" : headline.strip();
    String b = body == null ? "" : body.strip();
    if (b.isEmpty()) {
      return new ReadResult.Failed(origin, "article has an empty body");
    }
    String theId = id == null || id.isBlank() ? generatedId(h, b) : id.strip();
    return new ReadResult.Ok(new Article(theId, date, h, b, origin));
  }

  /**
   * A stable id for an article without one: the first 16 hex digits of the SHA-256 of its canonical
   * headline and body, so the same article read twice, or with other invisible characters or line
   * ends, gets the same id.
   */
  static String generatedId(String headline, String body) {
    String key =
        Canonicalizer.canonicalize(headline).text()
            + "\n\n"
            + Canonicalizer.canonicalize(body).text();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
