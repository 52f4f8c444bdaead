package org.khabar.archive.names;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.khabar.archive.dedup.Canonical;

/**
 * The forms under which a name's words are compared across scripts: the canonical word itself, its
 * romanizations, and its consonant skeleton (prefixed {@code ~} so that a skeleton never equals a
 * spelling). Two words match when they share a form; two names match when they have as many words
 * and every pair matches.
 */
public final class NameForms {

  private final CrossScript crossScript;

  public NameForms(CrossScript crossScript) {
    this.crossScript = Objects.requireNonNull(crossScript, "crossScript");
  }

  /** The words of a name (canonical, lower-case, punctuation dropped). */
  public List<String> words(String name) {
    return Canonical.words(name);
  }

  /** Every form under which a word of a stored name is found. */
  public Set<String> forms(String word) {
    return forms(word, crossScript.skeletons(word));
  }

  /** The forms a typed word is looked up by (short skeletons only for acronyms). */
  public Set<String> queryForms(String word) {
    return forms(word, crossScript.querySkeletons(word));
  }

  private Set<String> forms(String word, List<String> skeletons) {
    Set<String> out = new LinkedHashSet<>();
    out.add(word);
    out.addAll(crossScript.romanizations(word));
    skeletons.forEach(s -> out.add("~" + s));
    return out;
  }

  /** A typed word {@code query} is the stored word {@code stored} in some form. */
  public boolean sameWord(String query, String stored) {
    if (query.equals(stored)) {
      return true;
    }
    Set<String> fa = queryForms(query);
    for (String f : forms(stored)) {
      if (fa.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** Same number of words and each pair the same word in some form ({@code a} typed). */
  public boolean sameName(List<String> a, List<String> b) {
    if (a.size() != b.size() || a.isEmpty()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!sameWord(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }
}
