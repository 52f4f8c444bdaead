package org.khabar.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khabar.io.read.ArticleInputs;
import org.khabar.io.read.CloseableIterator;
import org.khabar.io.read.Format;
import org.khabar.io.read.ReadOptions;
import org.khabar.io.read.ReadResult;
import org.khabar.model.Article;
import org.khabar.model.Origin;

/**
 * Articles in a request body: one JSON object {@code {id,date,headline,text}}, a JSON array of
 * them, or JSON Lines ({@code application/x-ndjson}). Every item is read by the project's JSONL
 * reader, so the rules (field aliases, date forms, ids made from the content when missing) are the
 * CLI's. A body is taken whole or refused whole: the first bad item is named (its line for JSONL,
 * its position for an array) and nothing is used.
 */
final class ArticleBodies {

  /** How the articles came: the response to {@code analyze} keeps the same shape. */
  enum Form {
    OBJECT,
    ARRAY,
    JSONL
  }

  record Parsed(Form form, List<Article> articles) {}

  static final String NDJSON = "application/x-ndjson";
  private static final List<String> JSONL_TYPES =
      List.of(NDJSON, "application/jsonl", "application/x-jsonlines", "application/jsonlines");

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private ArticleBodies() {}

  /** Reads the body, or throws a 400 (415 for an unknown content type) saying what is wrong. */
  static Parsed parse(byte[] body, String contentType, String sourceName) {
    String type = mediaType(contentType);
    if (body.length == 0 || isBlank(body)) {
      throw ApiException.badRequest("the request body is empty: send one article as JSON");
    }
    if (JSONL_TYPES.contains(type)) {
      return new Parsed(Form.JSONL, read(body, sourceName, "line"));
    }
    if (!type.equals("application/json") && !type.isEmpty()) {
      throw new ApiException(
          415,
          "unsupported content type '"
              + type
              + "': send application/json (one article or an array) or "
              + NDJSON
              + " (one article per line)");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(
          "malformed JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiException.badRequest("unreadable body: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw ApiException.badRequest("the request body is empty: send one article as JSON");
    }
    if (root.isObject()) {
      return new Parsed(Form.OBJECT, read(lines(List.of(root)), sourceName, null));
    }
    if (root.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      for (int i = 0; i < root.size(); i++) {
        JsonNode item = root.get(i);
        if (!item.isObject()) {
          throw ApiException.badRequest(
              "item " + (i + 1) + ": expected an object {id, date, headline, text}");
        }
        items.add(item);
      }
      if (items.isEmpty()) {
        throw ApiException.badRequest("the array holds no article");
      }
      return new Parsed(Form.ARRAY, read(lines(items), sourceName, "item"));
    }
    throw ApiException.badRequest(
        "expected a JSON object {id, date, headline, text} or an array of them");
  }

  /** The media type alone, lower case: "application/json; charset=utf-8" → "application/json". */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** JSON objects as JSON Lines: compact serialisation never writes a raw line break. */
  private static byte[] lines(List<JsonNode> items) {
    StringBuilder b = new StringBuilder();
    for (JsonNode n : items) {
      b.append(n.toString()).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads JSON Lines; the first failure is refused naming {@code unit} and its number ("line 3",
   * "item 2"), or without a place for a single object.
   */
  private static List<Article> read(byte[] jsonl, String sourceName, String unit) {
    List<Article> out = new ArrayList<>();
    ReadOptions options = ReadOptions.defaults().withFormat(Format.JSONL);
    try (CloseableIterator<ReadResult> it =
        ArticleInputs.open(List.of(Path.of("-")), options, new ByteArrayInputStream(jsonl))) {
      while (it.hasNext()) {
        switch (it.next()) {
          case ReadResult.Ok ok -> {
            Article a = ok.article();
            int line = a.origin().line();
            out.add(
                new Article(
                    a.id(), a.date(), a.headline(), a.body(), new Origin(sourceName, line)));
          }
          case ReadResult.Failed f -> {
            String where =
                unit == null || f.origin().line() == 0 ? "" : unit + " " + f.origin().line() + ": ";
            throw ApiException.badRequest(where + f.message());
          }
        }
      }
    } catch (ApiException e) {
      throw e;
    } catch (RuntimeException e) {
      throw ApiException.badRequest("unreadable body: " + e.getMessage());
    }
    if (out.isEmpty()) {
      throw ApiException.badRequest("the body holds no article");
    }
    return out;
  }
}
