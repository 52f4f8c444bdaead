package org.khabar.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.khabar.kb.Alliance;
import org.khabar.kb.KbEntry;
import org.khabar.kb.KnowledgeBase;
import org.khabar.kb.Names;
import org.khabar.kb.Party;
import org.khabar.kb.Person;
import org.khabar.kb.Place;
import org.khabar.kb.TokenTrie;
import org.khabar.translit.Devanagari;

/**
 * A gazetteer compiled from the knowledge base: every name of every entry, in both scripts, labels
 * the tokens it covers with its type, and words that begin or end the Devanagari names of known
 * people are labelled as given names or surnames wherever they occur.
 *
 * <p>A token's label has up to two parts joined by {@code |}:
 *
 * <ul>
 *   <li>the name it falls in, longest name first, left to right, as the knowledge base's alias
 *       matcher finds them: {@code B-PLACE}, {@code I-PERSON}, {@code B-PARTY} (parties and
 *       alliances), {@code B-ORG} (other organisations); a {@code ?} suffix when the name needs
 *       context (the knowledge base flags it, it is a common word, or entries of different types
 *       share it): {@code B-PARTY?} for आप;
 *   <li>{@code GIVEN} or {@code SURNAME} when the word is the first or last word of a known
 *       person's multi-word Devanagari name (and not a word that needs context).
 * </ul>
 *
 * Names and words are compared folded ({@link Devanagari#fold}: case, nukta, chandrabindu,
 * zero-width characters). The tables are compiled once from a knowledge base ({@link #of}) and
 * stored inside a model trained with them, so a model file does not change when the knowledge base
 * does. Immutable and thread-safe.
 */
public final class KbGazetteer implements Gazetteer {

  /** The id of the labelling scheme; models record it. */
  public static final String ID = "kb-v1";

  static final String GIVEN = "GIVEN";
  static final String SURNAME = "SURNAME";

  /**
   * Name words shorter than this (in code points) are left out: initials (के, एम) and the function
   * words that stray into compiled names (का, है) would swamp the real ones.
   */
  static final int MIN_NAME_WORD = 3;

  private final String id;
  private final Map<String, String> names;
  private final Map<String, String> words;
  private final TokenTrie<String> trie;

  /**
   * @param id the id recorded in models trained with this gazetteer
   * @param names each name's folded words joined by single spaces, and its type label ({@code
   *     PLACE}, {@code PARTY?}...)
   * @param words folded words and their name-part label ({@code GIVEN} or {@code SURNAME})
   */
  public KbGazetteer(String id, Map<String, String> names, Map<String, String> words) {
    this.id = Objects.requireNonNull(id, "id");
    this.names = Map.copyOf(names);
    this.words = Map.copyOf(words);
    TokenTrie.Builder<String> b = TokenTrie.builder();
    new TreeMap<>(this.names).forEach((k, v) -> b.add(List.of(k.split(" ")), v));
    this.trie = b.build();
  }

  /** Compiles the tables from a knowledge base. */
  public static KbGazetteer of(KnowledgeBase kb) {
    return of(kb, true, false);
  }

  /**
   * As {@link #of(KnowledgeBase)}, optionally without the given-name and surname words, and
   * optionally with towns and blocks apart from larger places ({@code LOCALITY}) and with one-word
   * place names that also begin or end a known person's name marked as needing context.
   */
  static KbGazetteer of(KnowledgeBase kb, boolean nameWords, boolean tiers) {
    Map<String, int[]> personWords = personNameWords(kb);
    Map<String, String> names = new HashMap<>();
    for (Map.Entry<String, List<KnowledgeBase.AliasRef>> e : kb.aliasIndex().entrySet()) {
      if (!hasLetterOrDigit(e.getKey())) {
        continue;
      }
      String label = nameLabel(e.getValue(), tiers);
      if (tiers
          && !label.endsWith("?")
          && (label.equals("PLACE") || label.equals(LOCALITY))
          && personWords.containsKey(e.getKey())) {
        label += "?";
      }
      names.put(e.getKey(), label);
    }
    String id = (tiers ? ID_TIERS : ID) + (nameWords ? "" : "-names-only");
    return new KbGazetteer(id, names, nameWords ? nameParts(kb, personWords) : Map.of());
  }

  /** The id of the scheme with localities apart ({@link #of(KnowledgeBase, boolean, boolean)}). */
  public static final String ID_TIERS = "kb-v2";

  static final String LOCALITY = "LOCALITY";

  static String nameLabel(List<KnowledgeBase.AliasRef> refs) {
    return nameLabel(refs, false);
  }

  /**
   * The label of a name from the entries that bear it: the type of the preferred entry, with {@code
   * ?} unless the name is unambiguous for at least one entry and all its entries are of that type.
   */
  static String nameLabel(List<KnowledgeBase.AliasRef> refs, boolean tiers) {
    Set<String> types = new LinkedHashSet<>();
    boolean clear = false;
    for (KnowledgeBase.AliasRef r : refs) {
      types.add(typeOf(r.entry()));
      clear |= !r.ambiguous();
    }
    KbEntry preferred = refs.get(0).entry();
    String type =
        tiers && preferred instanceof Place p && isLocality(p) ? LOCALITY : typeOf(preferred);
    return clear && types.size() == 1 ? type : type + "?";
  }

  private static boolean isLocality(Place p) {
    return switch (p.placeKind()) {
      case TOWN, BLOCK, OTHER -> true;
      default -> false;
    };
  }

  private static String typeOf(KbEntry e) {
    if (e instanceof Party || e instanceof Alliance) {
      return "PARTY";
    }
    return e.entityType().name();
  }

  /**
   * How often each folded word begins ([0]) and ends ([1]) the multi-word Devanagari names of
   * people.
   */
  private static Map<String, int[]> personNameWords(KnowledgeBase kb) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Person p : kb.entries(Person.class)) {
      Set<String> seen = new LinkedHashSet<>();
      for (String n : p.allNames()) {
        if (n == null || !Devanagari.containsDevanagari(n)) {
          continue;
        }
        List<String> w = Names.tokens(n);
        if (w.size() < 2 || !seen.add(String.join(" ", w))) {
          continue;
        }
        counts.computeIfAbsent(w.get(0), k -> new int[2])[0]++;
        counts.computeIfAbsent(w.get(w.size() - 1), k -> new int[2])[1]++;
      }
    }
    return counts;
  }

  /**
   * First and last words of the multi-word Devanagari names of people, except words that are names
   * needing context or common words; a word that is both is labelled by what it is more often.
   */
  private static Map<String, String> nameParts(KnowledgeBase kb, Map<String, int[]> counts) {
    Map<String, String> out = new HashMap<>();
    counts.forEach(
        (w, c) -> {
          if (w.codePointCount(0, w.length()) < MIN_NAME_WORD
              || kb.isCommonWord(w)
              || !Devanagari.containsDevanagari(w)
              || isVague(kb, w)) {
            return;
          }
          out.put(w, c[0] >= c[1] ? GIVEN : SURNAME);
        });
    return out;
  }

  /** A word that is itself a name of something other than a person, or a flagged name. */
  private static boolean isVague(KnowledgeBase kb, String word) {
    for (KnowledgeBase.AliasRef r : kb.byName(word)) {
      if (!(r.entry() instanceof Person)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String id() {
    return id;
  }

  /** The number of names. */
  public int size() {
    return names.size();
  }

  /** The number of words labelled as given names or surnames. */
  public int nameWords() {
    return words.size();
  }

  @Override
  public List<String> labels(List<String> tokens) {
    int n = tokens.size();
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = Devanagari.fold(tokens.get(i));
    }
    List<String> keyList = Arrays.asList(keys);
    String[] out = new String[n];
    int i = 0;
    while (i < n) {
      TokenTrie.Match<String> m = trie.longest(keyList, i, k -> k.isEmpty() ? null : k);
      if (m == null) {
        i++;
        continue;
      }
      String label = m.values().get(0);
      out[i] = "B-" + label;
      for (int j = 1; j < m.length(); j++) {
        out[i + j] = "I-" + label;
      }
      i += m.length();
    }
    for (int j = 0; j < n; j++) {
      String part = words.get(keys[j]);
      if (part != null) {
        out[j] = out[j] == null ? part : out[j] + "|" + part;
      } else if (out[j] == null) {
        out[j] = NONE_LABEL;
      }
    }
    return List.of(out);
  }

  void write(DataOutput out) throws IOException {
    out.writeUTF(id);
    writeMap(out, names);
    writeMap(out, words);
  }

  static KbGazetteer read(DataInput in) throws IOException {
    String id = in.readUTF();
    Map<String, String> names = readMap(in);
    Map<String, String> words = readMap(in);
    return new KbGazetteer(id, names, words);
  }

  private static void writeMap(DataOutput out, Map<String, String> map) throws IOException {
    List<String> keys = new ArrayList<>(map.keySet());
    keys.sort(null);
    out.writeInt(keys.size());
    for (String k : keys) {
      out.writeUTF(k);
      out.writeUTF(map.get(k));
    }
  }

  private static Map<String, String> readMap(DataInput in) throws IOException {
    int n = in.readInt();
    Map<String, String> map = HashMap.newHashMap(n);
    for (int i = 0; i < n; i++) {
      map.put(in.readUTF(), in.readUTF());
    }
    return map;
  }
}
