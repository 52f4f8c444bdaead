package org.khabar.kb.build;

import java.util.List;
import java.util.Locale;
import org.khabar.kb.KbEntry;
import org.khabar.kb.KnowledgeBase;
import org.khabar.kb.Person;
import org.khabar.translit.Devanagari;
import org.khabar.translit.Phonetic;
import org.khabar.translit.Translit;

/**
 * How often a politician's Latin name, typed as a query, leads back to the same knowledge-base
 * entry through transliteration alone (exact Latin aliases are not used):
 *
 * <ul>
 *   <li>translit@1 / translit@10: the first / any of the ten best Devanagari spellings of the
 *       English name is a name of the entry;
 *   <li>skeleton-unique: the consonant skeleton of the English name ({@link Phonetic#key}) equals
 *       the skeleton of one of the entry's Devanagari names, and of no other entry's.
 * </ul>
 */
public final class RoundTrip {

  private RoundTrip() {}

  /** The measured shares. */
  public record Result(
      String population, int names, int translitAt1, int translitAt10, int lookupAt1) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-28s names=%5d  translit@1=%.3f  translit@10=%.3f  skeleton-unique=%.3f",
          population,
          names,
          translitAt1 / (double) names,
          translitAt10 / (double) names,
          lookupAt1 / (double) names);
    }
  }

  public static List<Result> run(KnowledgeBase kb, Translit t) {
    List<Person> curated =
        kb.entries(Person.class).stream()
            .filter(p -> p.name() != null && p.english() != null && p.source().equals("curated"))
            .toList();
    List<Person> compiled =
        kb.entries(Person.class).stream()
            .filter(p -> p.name() != null && p.english() != null && !p.source().equals("curated"))
            .toList();
    return List.of(
        measure("curated politicians", curated, kb, t),
        measure("compiled (2021 candidates)", compiled, kb, t));
  }

  private static Result measure(String label, List<Person> people, KnowledgeBase kb, Translit t) {
    int at1 = 0;
    int at10 = 0;
    int look = 0;
    for (Person p : people) {
      List<String> forms = t.toDevanagari(p.english(), 10);
      for (int i = 0; i < forms.size(); i++) {
        if (names(kb, forms.get(i), p)) {
          at10++;
          if (i == 0) {
            at1++;
          }
          break;
        }
      }
      String key = Phonetic.key(p.english());
      List<KbEntry> same =
          kb.byPhoneticKey(key).stream()
              .filter(
                  e ->
                      e.allNames().stream()
                          .anyMatch(
                              n -> Devanagari.containsDevanagari(n) && Phonetic.key(n).equals(key)))
              .toList();
      if (same.size() == 1 && same.get(0).id().equals(p.id())) {
        look++;
      }
    }
    return new Result(label, people.size(), at1, at10, look);
  }

  private static boolean names(KnowledgeBase kb, String form, KbEntry e) {
    return kb.byName(form).stream().anyMatch(r -> r.entry().id().equals(e.id()));
  }
}
