package org.khabar.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.time.DateTimeException;
import java.time.LocalDate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.khabar.model.Origin;

/**
 * An RSS 2.0 or Atom feed, read with the JDK's StAX parser (DTDs and external entities disabled):
 * one article per item or entry, streaming. Title → headline; pubDate, published, updated or
 * dc:date → date; content:encoded or content, else description or summary → body, with HTML
 * stripped by jsoup; guid, id or link → id. The bytes are decoded strictly as UTF-8.
 */
final class FeedSource extends Source {

  private final Reader text;
  private final XMLStreamReader xml;
  private final int maxChars;
  private boolean sawItem;
  private boolean sawFeed;
  private boolean broken;
  private int lineNo;

  private FeedSource(String name, Reader text, XMLStreamReader xml, int maxChars) {
    super(name);
    this.text = text;
    this.xml = xml;
    this.maxChars = maxChars;
  }

  /** A feed source, or a source holding the reason none can be made. */
  static Source open(String name, InputStream in, int maxChars) {
    Reader reader = new StrictUtf8Reader(in);
    try {
      return new FeedSource(name, reader, factory().createXMLStreamReader(reader), maxChars);
    } catch (XMLStreamException e) {
      try {
        reader.close();
      } catch (IOException ignored) {
        // reporting the XML error is what matters
      }
      return Source.single(
          new ReadResult.Failed(new Origin(name, 1), "invalid XML: " + e.getMessage()));
    }
  }

  /** A new factory per feed: the JDK does not promise that one is safe to share across threads. */
  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }

  @Override
  protected int line() {
    return lineNo;
  }

  @Override
  protected ReadResult compute() {
    if (broken) {
      return null;
    }
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("rss") || name.equals("feed") || name.equals("RDF")) {
            sawFeed = true;
          } else if (name.equals("item") || name.equals("entry")) {
            sawItem = true;
            return item();
          }
        }
      }
    } catch (XMLStreamException e) {
      broken = true;
      lineNo = e.getLocation() == null ? lineNo : e.getLocation().getLineNumber();
      if (isDecodingError(e)) {
        return failed(lineNo, "invalid UTF-8 near line " + lineNo);
      }
      return failed(lineNo, "invalid XML: " + firstLine(e.getMessage()));
    }
    if (!sawFeed && !sawItem) {
      broken = true;
      return failed(1, "not an RSS or Atom feed");
    }
    return null;
  }

  private ReadResult item() throws XMLStreamException {
    int start = xml.getLocation().getLineNumber();
    lineNo = start;
    String title = null;
    String date = null;
    String updated = null;
    String content = null;
    String summary = null;
    String id = null;
    String link = null;
    String problem = null;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        String href = xml.getAttributeValue(null, "href");
        String value = elementText();
        if (value == null) {
          problem = "item is longer than " + maxChars + " characters";
          continue;
        }
        switch (name) {
          case "title" -> title = title == null ? value : title;
          case "pubDate", "published", "date", "issued" -> date = date == null ? value : date;
          case "updated", "modified" -> updated = updated == null ? value : updated;
          case "encoded", "content" -> content = content == null ? value : content;
          case "description", "summary" -> summary = summary == null ? value : summary;
          case "guid", "id" -> id = id == null ? value : id;
          case "link" -> link = link == null ? (href != null ? href : value) : link;
          default -> {
            // other elements are ignored
          }
        }
      }
    }
    if (problem != null) {
      return failed(start, problem);
    }
    String rawDate = date != null && !date.isBlank() ? date : updated;
    LocalDate when = null;
    if (rawDate != null && !rawDate.isBlank()) {
      try {
        when = Dates.parse(rawDate);
      } catch (DateTimeException e) {
        return failed(start, e.getMessage());
      }
    }
    String html = content != null && !content.isBlank() ? content : summary;
    String body = html == null ? "" : HtmlSource.body(Jsoup.parseBodyFragment(html));
    String headline = title == null ? "" : Jsoup.parseBodyFragment(title).text();
    String theId = id != null && !id.isBlank() ? id : link;
    return ArticleFactory.make(theId, when, headline, body, origin(start));
  }

  /**
   * All text inside the current element (nested markup, as in Atom xhtml content, contributes its
   * text), leaving the reader on its end tag; null when it exceeds the limit.
   */
  private String elementText() throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    boolean tooLong = false;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!tooLong) {
            if (sb.length() + xml.getTextLength() > maxChars) {
              tooLong = true;
              sb.setLength(0);
            } else {
              sb.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
          }
        }
        default -> {
          // comments, processing instructions
        }
      }
    }
    return tooLong ? null : sb.toString();
  }

  private static boolean isDecodingError(XMLStreamException e) {
    if (e.getNestedException() instanceof CharacterCodingException) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return true;
      }
    }
    return e.getMessage() != null && e.getMessage().contains("MalformedInputException");
  }

  /** The parser's own words, without the location preamble the JDK puts before them. */
  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String m = message.strip();
    int nl = m.lastIndexOf('\n');
    m = nl < 0 ? m : m.substring(nl + 1).strip();
    return m.startsWith("Message: ") ? m.substring("Message: ".length()) : m;
  }

  @Override
  protected void release() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // closing the reader below is what releases the file
    }
    text.close();
  }
}
