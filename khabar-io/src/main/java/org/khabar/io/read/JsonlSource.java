package org.khabar.io.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * JSON Lines: one object per line with "id", "date", "headline" and "text" ("body" and "title" are
 * accepted for "text" and "headline"; other fields are ignored; "date" and "id" may be missing or
 * null). Blank lines are skipped. Each bad line gives one failure and reading goes on.
 */
final class JsonlSource extends Source {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final LineReader reader;
  private int lineNo;
  private boolean any;
  private boolean done;

  JsonlSource(String name, LineReader reader) {
    super(name);
    this.reader = reader;
  }

  @Override
  protected int line() {
    return lineNo;
  }

  @Override
  protected ReadResult compute() throws IOException {
    if (done) {
      return null;
    }
    for (LineReader.Line l = reader.next(); l != null; l = reader.next()) {
      lineNo = l.number();
      if (!l.ok()) {
        any = true;
        return failed(lineNo, l.error());
      }
      String text = l.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (!any && (text.startsWith("[") || text.equals("{"))) {
        // pretty-printed JSON would fail on every line: report it once and stop
        any = true;
        done = true;
        return failed(
            lineNo,
            text.startsWith("[")
                ? "a JSON array, not JSON Lines (one object per line)"
                : "a multi-line JSON object, not JSON Lines (one object per line)");
      }
      any = true;
      return parse(text, lineNo);
    }
    return any ? null : failed(0, "empty file");
  }

  private ReadResult parse(String text, int line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return failed(line, "invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return failed(line, "expected one JSON object per line");
    }
    String id = string(node, "id");
    String headline = string(node, "headline");
    if (headline == null) {
      headline = string(node, "title");
    }
    String body = string(node, "text");
    if (body == null) {
      body = string(node, "body");
    }
    JsonNode dateNode = node.get("date");
    LocalDate date = null;
    if (dateNode != null && !dateNode.isNull()) {
      if (!dateNode.isTextual()) {
        return failed(line, "date must be a string such as \"2026-01-24\"");
      }
      try {
        date = Dates.parse(dateNode.asText());
      } catch (DateTimeException e) {
        return failed(line, e.getMessage());
      }
    }
    for (String field : new String[] {"headline", "title", "text", "body"}) {
      JsonNode f = node.get(field);
      if (f != null && !f.isNull() && !f.isTextual()) {
        return failed(line, "\"" + field + "\" must be a string");
      }
    }
    if (body == null) {
      return failed(line, "no \"text\" (or \"body\") field");
    }
    return ArticleFactory.make(id, date, headline, body, origin(line));
  }

  private static String string(JsonNode node, String field) {
    JsonNode f = node.get(field);
    if (f == null || f.isNull()) {
      return null;
    }
    if (f.isTextual()) {
      return f.asText();
    }
    return f.isValueNode() ? f.asText() : null;
  }

  @Override
  protected void release() throws IOException {
    reader.close();
  }
}
