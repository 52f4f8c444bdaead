package org.khabar.kb.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khabar.kb.KbEntry;
import org.khabar.kb.KnowledgeBase;
import org.khabar.kb.Names;
import org.khabar.kb.Person;
import org.khabar.model.EntityType;
import org.khabar.translit.Devanagari;
import org.khabar.translit.Phonetic;
import org.khabar.translit.Translit;

/**
 * Candidate knowledge-base entries for one mention's text, by three rules of falling confidence:
 * the exact name (exact-alias), the name reached by transliterating the mention into the other
 * script (translit-alias, for entries the sources name only in Latin), and the consonant skeleton
 * (translit-alias, lower confidence; used only for names of at least two words or long single
 * words).
 *
 * <p>A person compiled from the election sources (not curated) is proposed only when the name is
 * distinctive: at least one of its words is rare among the knowledge base's people, so that "Ajay
 * Kumar" does not link to whichever Ajay Kumar once stood for election. Thread-safe.
 */
final class MentionLinker {

  static final String EXACT = "exact-alias";
  static final String TRANSLIT = "translit-alias";

  /** Words used by more people than this make a compiled person's name too common to link. */
  private static final int RARE = 5;

  /** A proposed entry: the rule that found it, its score, whether its name is ambiguous. */
  record Candidate(KbEntry entry, String rule, double score, boolean ambiguous) {}

  private final KnowledgeBase kb;
  private final Translit translit;
  private final Map<String, Integer> personWordCounts;

  MentionLinker(KnowledgeBase kb, Translit translit) {
    this.kb = kb;
    this.translit = translit;
    Map<String, Integer> counts = new HashMap<>();
    for (Person p : kb.entries(Person.class)) {
      if (p.english() != null) {
        for (String w : p.english().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
          if (w.length() > 1) {
            counts.merge(w, 1, Integer::sum);
          }
        }
      }
    }
    this.personWordCounts = Map.copyOf(counts);
  }

  KnowledgeBase kb() {
    return kb;
  }

  /** Entries named exactly this (folded), of any type, best first. */
  List<Candidate> exact(String text) {
    Map<String, Candidate> out = new LinkedHashMap<>();
    for (KnowledgeBase.AliasRef r : kb.byName(text)) {
      if (!acceptable(r.entry(), text)) {
        continue;
      }
      out.putIfAbsent(
          r.entry().id(),
          new Candidate(r.entry(), EXACT, r.ambiguous() ? 0.5 : 1.0, r.ambiguous()));
    }
    return new ArrayList<>(out.values());
  }

  /**
   * Entries of the given type reached through the other script or the consonant skeleton; empty
   * when the text is too short to be telling.
   */
  List<Candidate> transliterated(String text, EntityType type) {
    List<String> words = Names.tokens(text);
    Map<String, Candidate> out = new LinkedHashMap<>();
    String other =
        Devanagari.containsDevanagari(text)
            ? translit.toLatin(text)
            : translit.toDevanagari(text, 1).stream().findFirst().orElse("");
    if (!other.isEmpty()) {
      for (KnowledgeBase.AliasRef r : kb.byName(other)) {
        if (r.entry().entityType() == type && acceptable(r.entry(), other)) {
          out.putIfAbsent(
              r.entry().id(),
              new Candidate(r.entry(), TRANSLIT, r.ambiguous() ? 0.4 : 0.8, r.ambiguous()));
        }
      }
    }
    String key = Phonetic.key(text);
    boolean telling = words.size() >= 2 ? key.replace(" ", "").length() >= 4 : key.length() >= 5;
    if (out.isEmpty() && telling && (type != EntityType.PERSON || words.size() >= 2)) {
      for (KbEntry e : kb.byPhoneticKey(key)) {
        if (e.entityType() == type && acceptable(e, text)) {
          out.putIfAbsent(e.id(), new Candidate(e, TRANSLIT, 0.6, false));
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Compiled people are linked only under a distinctive name. */
  private boolean acceptable(KbEntry e, String matchedName) {
    if (!(e instanceof Person p) || "curated".equals(p.source()) || p.english() == null) {
      return true;
    }
    int rarest = Integer.MAX_VALUE;
    for (String w : p.english().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (w.length() > 1) {
        rarest = Math.min(rarest, personWordCounts.getOrDefault(w, 0));
      }
    }
    return Names.tokens(matchedName).size() >= 2 && rarest <= RARE;
  }
}
