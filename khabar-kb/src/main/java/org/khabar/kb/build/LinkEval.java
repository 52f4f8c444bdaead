package org.khabar.kb.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khabar.kb.link.EntityStage;
import org.khabar.model.Article;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Mention;
import org.khabar.model.Provenance;
import org.khabar.model.Token;
import org.khabar.model.TokenRange;
import org.khabar.translit.Devanagari;

/**
 * Measures the linker on gold entities (../shared/gold/dev.jsonl): every occurrence of every gold
 * mention string becomes a mention of the gold type (a perfect tagger), the {@link EntityStage}
 * runs on the document, and each gold entity is looked up among the predicted entities (the one
 * holding most of its mentions).
 *
 * <ul>
 *   <li>grouping: precision, recall and F1 of predicted entities against gold entities, matched
 *       one-to-one when of the same type and sharing a surface string (as the project's scorer
 *       does);
 *   <li>linking: the share of judged gold entities whose predicted entity carries the expected
 *       knowledge-base id, or no id when the expected answer is NEW. Expectations are a hand-made
 *       judgement file (article id, type, gold name, expected id or NEW) written by looking each
 *       gold entity up in the knowledge base, not by running the linker.
 * </ul>
 */
public final class LinkEval {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The measured numbers. */
  public record Result(
      int goldEntities,
      int predictedEntities,
      int matchedEntities,
      int judged,
      int linkedRight,
      int newRight,
      int expectedLinks,
      int expectedNew) {

    public double precision() {
      return predictedEntities == 0 ? 0 : matchedEntities / (double) predictedEntities;
    }

    public double recall() {
      return goldEntities == 0 ? 0 : matchedEntities / (double) goldEntities;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double linkAccuracy() {
      return judged == 0 ? 0 : (linkedRight + newRight) / (double) judged;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "grouping: gold=%d predicted=%d matched=%d  P=%.3f R=%.3f F1=%.3f%n"
              + "linking: judged=%d right=%d (%.3f)  KB entities %d/%d, new %d/%d",
          goldEntities,
          predictedEntities,
          matchedEntities,
          precision(),
          recall(),
          f1(),
          judged,
          linkedRight + newRight,
          linkAccuracy(),
          linkedRight,
          expectedLinks,
          newRight,
          expectedNew);
    }
  }

  private LinkEval() {}

  /** Runs the evaluation; {@code details} (may be null) gets one line per gold entity. */
  public static Result run(EntityStage stage, Path gold, Path judgements, PrintStream details)
      throws IOException {
    Map<String, String> expected = readJudgements(judgements);
    int gold0 = 0;
    int pred0 = 0;
    int matched = 0;
    int judged = 0;
    int linkedRight = 0;
    int newRight = 0;
    int expLinks = 0;
    int expNew = 0;
    try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode a = JSON.readTree(line);
        String id = a.get("id").asText();
        Article art =
            new Article(id, null, a.path("headline").asText(""), a.get("text").asText(), null);
        String text = art.text();
        List<Token> tokens = SimpleTokenizer.tokenize(text);
        List<Mention> mentions = new ArrayList<>();
        List<GoldEntity> golds = new ArrayList<>();
        for (JsonNode e : a.get("entities")) {
          GoldEntity g = new GoldEntity();
          g.type = EntityType.valueOf(e.get("type").asText());
          g.name = e.get("name").asText();
          g.surfaces.add(norm(g.name));
          for (JsonNode m : e.get("mentions")) {
            String s = m.asText();
            g.surfaces.add(norm(s));
            for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
              g.spans.add(new CharSpan(at, at + s.length()));
            }
          }
          golds.add(g);
        }
        // A tagger marks the longest name: an occurrence inside a longer mention of the same type
        // (ठाकुर inside अनुराग ठाकुर) is not a mention; one inside another type's is (बिहार in
        // बिहार कांग्रेस).
        for (GoldEntity g : golds) {
          g.spans.removeIf(s -> insideLonger(s, g.type, golds));
        }
        for (GoldEntity g : golds) {
          for (CharSpan span : g.spans) {
            mentions.add(
                new Mention(
                    span,
                    range(tokens, span),
                    span.in(text),
                    g.type,
                    Provenance.of("gold", "gold", 1.0)));
          }
        }
        Document d =
            Document.of(art).withSentencesAndTokens(List.of(), tokens).withMentions(mentions);
        List<Entity> entities = stage.apply(d).entities();
        gold0 += golds.size();
        pred0 += entities.size();
        matched += matchCount(golds, entities);
        for (GoldEntity g : golds) {
          Entity best = holder(g, entities);
          String want = expected.get(id + "\t" + g.type + "\t" + g.name);
          String got = best == null ? "-" : best.kbId() == null ? "NEW" : best.kbId();
          String verdict = "";
          if (want != null && !want.equals("?")) {
            judged++;
            if (want.equals("NEW")) {
              expNew++;
            } else {
              expLinks++;
            }
            if (want.equals(got)) {
              verdict = "ok";
              if (want.equals("NEW")) {
                newRight++;
              } else {
                linkedRight++;
              }
            } else {
              verdict = "WRONG (want " + want + ")";
            }
          }
          if (details != null) {
            details.printf(
                "%s\t%s\t%s\t%s\t%s\t%s%n",
                id, g.type, g.name, got, best == null ? "-" : best.provenance().rule(), verdict);
          }
        }
      }
    }
    return new Result(gold0, pred0, matched, judged, linkedRight, newRight, expLinks, expNew);
  }

  private static final class GoldEntity {
    EntityType type;
    String name;
    final Set<String> surfaces = new HashSet<>();
    final List<CharSpan> spans = new ArrayList<>();
  }

  /** NFC, no zero-width characters, single spaces: how the project's scorer compares strings. */
  static String norm(String s) {
    StringBuilder b = new StringBuilder();
    com.ibm.icu.text.Normalizer2.getNFCInstance()
        .normalize(s)
        .codePoints()
        .filter(c -> !Devanagari.isInvisible(c))
        .forEach(b::appendCodePoint);
    return b.toString().strip().replaceAll("\\s+", " ");
  }

  private static TokenRange range(List<Token> tokens, CharSpan span) {
    int first = -1;
    int end = -1;
    for (Token t : tokens) {
      if (t.end() > span.begin() && t.begin() < span.end()) {
        if (first < 0) {
          first = t.index();
        }
        end = t.index() + 1;
      }
    }
    return first < 0 ? new TokenRange(0, 0) : new TokenRange(first, end);
  }

  /** One-to-one greedy matching: same type and a shared surface string. */
  private static int matchCount(List<GoldEntity> golds, List<Entity> entities) {
    Set<Integer> used = new HashSet<>();
    int n = 0;
    for (Entity e : entities) {
      Set<String> surfaces = new HashSet<>();
      surfaces.add(norm(e.name()));
      e.mentions().forEach(m -> surfaces.add(norm(m.text())));
      for (int i = 0; i < golds.size(); i++) {
        GoldEntity g = golds.get(i);
        if (!used.contains(i) && g.type == e.type() && shares(g.surfaces, surfaces)) {
          used.add(i);
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static boolean shares(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideLonger(CharSpan s, EntityType type, List<GoldEntity> golds) {
    for (GoldEntity o : golds) {
      if (o.type != type) {
        continue;
      }
      for (CharSpan t : o.spans) {
        if (t.contains(s) && t.length() > s.length()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The predicted entity holding most of the gold entity's mention spans (same spans). */
  private static Entity holder(GoldEntity g, List<Entity> entities) {
    Map<Entity, Integer> votes = new LinkedHashMap<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        for (CharSpan s : g.spans) {
          if (s.overlaps(m.span())) {
            votes.merge(e, s.equals(m.span()) ? 100 : 1, Integer::sum);
          }
        }
      }
    }
    return votes.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static Map<String, String> readJudgements(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (file == null || !Files.isRegularFile(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length >= 4) {
        out.put(f[0] + "\t" + f[1] + "\t" + f[2], f[3].strip());
      }
    }
    return out;
  }
}
