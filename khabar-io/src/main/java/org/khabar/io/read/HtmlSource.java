package org.khabar.io.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page holding one article, parsed with jsoup: the headline from og:title, the first h1 or
 * the title; the date from article:published_time or the first time[datetime]; the body from the
 * paragraphs of the article element (or main, or the whole body) once navigation, scripts, styles,
 * headers, footers, asides and forms are gone. Paragraphs are separated by a blank line.
 */
final class HtmlSource extends WholeFileSource {

  private static final String BOILERPLATE =
      "nav, script, style, noscript, template, footer, header, aside, form, iframe, svg, button";

  HtmlSource(String name, LineReader reader, int maxChars) {
    super(name, reader, maxChars);
  }

  @Override
  protected ReadResult convert(String html) {
    Document doc = Jsoup.parse(html);
    String headline =
        firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
    String rawDate =
        firstNonBlank(
            meta(doc, "article:published_time"),
            attr(doc.selectFirst("time[datetime]"), "datetime"));
    LocalDate date = null;
    if (!rawDate.isEmpty()) {
      try {
        date = Dates.parse(rawDate);
      } catch (DateTimeException e) {
        return failed(1, e.getMessage());
      }
    }
    String id =
        firstNonBlank(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
    return ArticleFactory.make(id.isEmpty() ? null : id, date, headline, body(doc), origin(1));
  }

  /** The readable text of a document or fragment: its paragraphs, or all its text. */
  static String body(Document doc) {
    doc.select(BOILERPLATE).remove();
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    if (root == null) {
      return "";
    }
    String paragraphs =
        root.select("p").stream()
            .map(Element::text)
            .filter(t -> !t.isBlank())
            .collect(Collectors.joining("\n\n"));
    return paragraphs.isBlank() ? root.text() : paragraphs;
  }

  private static String meta(Document doc, String property) {
    return attr(doc.selectFirst("meta[property=" + property + "]"), "content");
  }

  private static String attr(Element e, String name) {
    return e == null ? "" : e.attr(name).strip();
  }

  private static String text(Element e) {
    return e == null ? "" : e.text().strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
