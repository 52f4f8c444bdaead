package org.khabar.kb.build;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.khabar.kb.KbEntry;
import org.khabar.kb.KbJson;
import org.khabar.kb.Names;
import org.khabar.kb.Organisation;
import org.khabar.kb.Party;
import org.khabar.kb.Person;
import org.khabar.kb.Place;
import org.khabar.translit.Devanagari;

/**
 * Compiles the shipped knowledge-base files from the public sources under {@code
 * ../shared/data/kb-sources} and the hand-written {@code curated.jsonl}:
 *
 * <ul>
 *   <li>places: LGD districts (Devanagari names from the official UP list, from urban local bodies
 *       and blocks with the same name), LGD urban local bodies and blocks that have a Devanagari
 *       name, UP block names; minus anything curated;
 *   <li>people: Lok Sabha winners 1989–2019 (TCPD), members of the 15th–18th Lok Sabha (PRS, joined
 *       to TCPD by house, state and constituency), and 2021 candidates of known parties with names
 *       in both scripts (affidavits); minus anyone curated;
 *   <li>parties named by PRS that the curated list lacks;
 *   <li>organisations: the assembly and council of every curated state.
 * </ul>
 *
 * Output is deterministic (sorted by id) so that a rebuild without source changes leaves the files
 * byte-identical.
 */
public final class KbCompiler {

  /** Lok Sabha number → [first year, last year]. */
  private static final Map<Integer, int[]> LOK_SABHA =
      Map.ofEntries(
          Map.entry(9, new int[] {1989, 1991}),
          Map.entry(10, new int[] {1991, 1996}),
          Map.entry(11, new int[] {1996, 1998}),
          Map.entry(12, new int[] {1998, 1999}),
          Map.entry(13, new int[] {1999, 2004}),
          Map.entry(14, new int[] {2004, 2009}),
          Map.entry(15, new int[] {2009, 2014}),
          Map.entry(16, new int[] {2014, 2019}),
          Map.entry(17, new int[] {2019, 2024}),
          Map.entry(18, new int[] {2024, 0}));

  private static final Set<String> TITLES =
      Set.of(
          "dr", "adv", "sri", "shri", "smt", "prof", "md", "mohd", "kumari", "km", "col", "capt");

  private static final Set<String> COUNCIL_STATES =
      Set.of(
          "place:uttar-pradesh",
          "place:bihar",
          "place:maharashtra",
          "place:karnataka",
          "place:andhra-pradesh",
          "place:telangana");

  private final Path sources;
  private final List<KbEntry> curated;
  private final PrintStream log;

  private final Map<String, String> stateIds = new HashMap<>();
  private final Map<String, String> partyByCode = new HashMap<>();
  private final Map<String, String> partyByName = new HashMap<>();
  private final Set<String> curatedPlaceKeys = new HashSet<>();
  private final Map<String, String> curatedPersonKeys = new HashMap<>();
  private final Set<String> usedIds = new HashSet<>();

  /** The compiled entries, by file. */
  public record Result(
      List<Place> places, List<Person> people, List<Party> parties, List<Organisation> orgs) {}

  public KbCompiler(Path sources, List<KbEntry> curated, PrintStream log) {
    this.sources = sources;
    this.curated = curated;
    this.log = log;
    index();
  }

  private void index() {
    for (KbEntry e : curated) {
      usedIds.add(e.id());
      if (e instanceof Place p) {
        if (p.placeKind() == Place.PlaceKind.STATE
            || p.placeKind() == Place.PlaceKind.UNION_TERRITORY) {
          for (String n : p.allNames()) {
            stateIds.put(compact(n), p.id());
          }
        }
        String parent = p.parent() == null ? "" : p.parent();
        for (String n : p.allNames()) {
          curatedPlaceKeys.add(parent + "|" + placeKey(n));
        }
      } else if (e instanceof Party p) {
        p.codes().forEach(c -> partyByCode.put(c.toUpperCase(Locale.ROOT), p.id()));
        for (String n : p.allNames()) {
          partyByName.put(compact(n), p.id());
        }
      } else if (e instanceof Person p) {
        for (String n : p.allNames()) {
          curatedPersonKeys.put(personKey(n), p.id());
        }
      }
    }
    // Older or alternative spellings in the sources.
    Map<String, String> extra =
        Map.of(
            "orissa", "place:odisha",
            "mysore", "place:karnataka",
            "madras", "place:tamil-nadu",
            "uttaranchal", "place:uttarakhand",
            "dadraandnagarhaveli", "place:dadra-nagar-haveli-daman-diu",
            "damananddiu", "place:dadra-nagar-haveli-daman-diu",
            "thedadraandnagarhavelianddamananddiu", "place:dadra-nagar-haveli-daman-diu",
            "andamanandnicobarislands", "place:andaman-and-nicobar");
    extra.forEach(stateIds::putIfAbsent);
  }

  /** Lowercase letters and digits only, "&" read as "and". */
  static String compact(String s) {
    StringBuilder b = new StringBuilder();
    String t = s.toLowerCase(Locale.ROOT).replace("&", "and");
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String placeKey(String name) {
    return Devanagari.containsDevanagari(name) ? Names.key(name) : compact(name);
  }

  /**
   * A spelling-tolerant person key: Latin names lowercased, titles dropped, words and initials
   * sorted (PRS writes surnames first); Devanagari names folded.
   */
  static String personKey(String name) {
    if (Devanagari.containsDevanagari(name)) {
      return "hi:" + Names.key(name);
    }
    List<String> words = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (!w.isEmpty() && !TITLES.contains(w)) {
        words.add(w);
      }
    }
    words.sort(null);
    return "en:" + String.join(" ", words);
  }

  String state(String sourceName) {
    if (sourceName == null) {
      return null;
    }
    return stateIds.get(compact(sourceName.replace('_', ' ')));
  }

  /** Runs every step. */
  public Result compile() throws IOException {
    List<Party> parties = parties();
    List<Place> places = places();
    List<Person> people = people();
    List<Organisation> orgs = legislatures();
    log.printf(
        Locale.ROOT,
        "compiled %d places, %d people, %d parties, %d organisations%n",
        places.size(),
        people.size(),
        parties.size(),
        orgs.size());
    return new Result(places, people, parties, orgs);
  }

  /** Writes the compiled files next to curated.jsonl. */
  public static void write(Result r, Path dir) throws IOException {
    KbJson.write(dir.resolve("compiled-places.jsonl.gz"), sorted(r.places()));
    KbJson.write(dir.resolve("compiled-people.jsonl.gz"), sorted(r.people()));
    List<KbEntry> orgs = new ArrayList<>(r.parties());
    orgs.addAll(r.orgs());
    KbJson.write(dir.resolve("compiled-orgs.jsonl.gz"), sorted(orgs));
  }

  private static <T extends KbEntry> List<T> sorted(Collection<T> entries) {
    TreeMap<String, T> m = new TreeMap<>();
    entries.forEach(e -> m.put(e.id(), e));
    return new ArrayList<>(m.values());
  }

  private String newId(String prefix, String slug, String qualifier) {
    String base = prefix + ":" + (slug.isEmpty() ? "x" : slug);
    if (usedIds.add(base)) {
      return base;
    }
    if (qualifier != null && !qualifier.isEmpty()) {
      String q = base + "-" + qualifier;
      if (usedIds.add(q)) {
        return q;
      }
      base = q;
    }
    for (int i = 2; ; i++) {
      if (usedIds.add(base + "-" + i)) {
        return base + "-" + i;
      }
    }
  }

  // ---- parties ----

  private List<Party> parties() throws IOException {
    Map<String, Party> out = new LinkedHashMap<>();
    for (Map<String, String> row : Csv.read(prs().resolve("csv/Lok Sabha.csv"), ';')) {
      String name = row.getOrDefault("Party", "").trim();
      if (name.isEmpty() || name.equalsIgnoreCase("Independent") || partyId(name, null) != null) {
        continue;
      }
      String key = compact(name);
      if (!out.containsKey(key)) {
        String id = newId("party", Names.slug(name), null);
        Party p =
            new Party(
                id,
                null,
                name,
                List.of(),
                List.of(),
                List.of(),
                state(row.get("State")),
                false,
                "prs");
        out.put(key, p);
        partyByName.put(key, id);
      }
    }
    return new ArrayList<>(out.values());
  }

  /** The party id for a source's party name or code, or null. */
  String partyId(String name, String code) {
    if (code != null) {
      String id = partyByCode.get(code.trim().toUpperCase(Locale.ROOT));
      if (id != null) {
        return id;
      }
    }
    return name == null ? null : partyByName.get(compact(name));
  }

  // ---- places ----

  private Path lgd() {
    return sources.resolve("india-lgd-places");
  }

  private Path up() {
    return sources.resolve("up-placenames-hi-en");
  }

  private Path prs() {
    return sources.resolve("mps-prs-activity");
  }

  private Path tcpd() {
    return sources.resolve("elections-tcpd-lokdhaba");
  }

  /** A place being compiled. */
  private static final class PlaceDraft {
    String hindi;
    String english;
    final Set<String> aliases = new java.util.LinkedHashSet<>();
    Place.PlaceKind kind;
    String parent;
    String code;
    String source;
  }

  private List<Place> places() throws IOException {
    // Devanagari names by state and compact English name, from every source that has them.
    Map<String, String> hindiByName = new HashMap<>();
    for (Map<String, String> r :
        Csv.read(up().resolve("district_official_hindi_english.csv"), ',')) {
      hindiByName.put("place:uttar-pradesh|" + compact(r.get("eng")), r.get("hindi").trim());
    }
    List<Map<String, String>> ulbs = Csv.read(lgd().resolve("municipal/urban-local-body.csv"), ',');
    for (Map<String, String> r : ulbs) {
      String hi = r.getOrDefault("Local Body Name (In Local)", "");
      String st = state(r.get("State Name"));
      if (st != null && isDevanagariName(hi)) {
        hindiByName.putIfAbsent(st + "|" + compact(r.get("Local Body Name")), hi.trim());
      }
    }
    List<Map<String, String>> blocks = Csv.read(lgd().resolve("administrative/blocks.csv"), ',');
    for (Map<String, String> r : blocks) {
      String hi = r.getOrDefault("Block Name#2", "");
      String st = state(r.get("State Name"));
      if (st != null && isDevanagariName(hi)) {
        hindiByName.putIfAbsent(st + "|" + compact(r.get("Block Name")), hi.trim());
      }
    }

    Map<String, PlaceDraft> drafts = new LinkedHashMap<>();
    for (Map<String, String> r : Csv.read(lgd().resolve("administrative/2-district.csv"), ',')) {
      String st = state(r.get("State Name"));
      String en = titleCase(r.get("District Name"));
      if (st == null || en.isEmpty()) {
        continue;
      }
      String hi = hindiByName.get(st + "|" + compact(en));
      addPlace(drafts, st, hi, en, Place.PlaceKind.DISTRICT, r.get("District Code"), "lgd");
    }
    for (Map<String, String> r : ulbs) {
      String hi = r.getOrDefault("Local Body Name (In Local)", "");
      String st = state(r.get("State Name"));
      if (st == null || !isDevanagariName(hi)) {
        continue;
      }
      String type = r.getOrDefault("Localbody Type Code", "");
      Place.PlaceKind kind = type.equals("4") ? Place.PlaceKind.CITY : Place.PlaceKind.TOWN;
      addPlace(
          drafts,
          st,
          hi.trim(),
          titleCase(r.get("Local Body Name")),
          kind,
          r.get("Local Body Code"),
          "lgd");
    }
    for (Map<String, String> r : blocks) {
      String hi = r.getOrDefault("Block Name#2", "");
      String st = state(r.get("State Name"));
      if (st == null || !isDevanagariName(hi)) {
        continue;
      }
      addPlace(
          drafts,
          st,
          hi.trim(),
          titleCase(r.get("Block Name")),
          Place.PlaceKind.BLOCK,
          r.get("Block Code"),
          "lgd");
    }
    for (Map<String, String> r : Csv.read(up().resolve("block_name_transliteration.csv"), ',')) {
      String hi = r.getOrDefault("hindi", "").trim();
      if (isDevanagariName(hi)) {
        addPlace(
            drafts,
            "place:uttar-pradesh",
            hi,
            titleCase(r.getOrDefault("eng", "")),
            Place.PlaceKind.BLOCK,
            null,
            "up-places");
      }
    }
    List<Place> out = new ArrayList<>();
    Map<String, Integer> byName = new HashMap<>();
    Set<PlaceDraft> distinct =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<PlaceDraft> unique = new ArrayList<>();
    for (PlaceDraft d : drafts.values()) {
      if (distinct.add(d)) {
        unique.add(d);
        byName.merge(d.english.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    for (PlaceDraft d : unique) {
      String qualifier = d.parent.substring("place:".length());
      String slug = Names.slug(d.english);
      String id =
          byName.get(d.english.toLowerCase(Locale.ROOT)) > 1
              ? newId("place", slug + "-" + qualifier, null)
              : newId("place", slug, qualifier);
      List<String> ambiguous = new ArrayList<>();
      if ((d.kind == Place.PlaceKind.BLOCK || d.kind == Place.PlaceKind.TOWN) && d.hindi != null) {
        // Small places are often named like ordinary words: link them only with context.
        ambiguous.add(d.hindi);
      }
      out.add(
          new Place(
              id,
              d.hindi,
              d.english,
              new ArrayList<>(d.aliases),
              ambiguous,
              d.kind,
              d.parent,
              d.code,
              d.source));
    }
    return out;
  }

  private void addPlace(
      Map<String, PlaceDraft> drafts,
      String state,
      String hindi,
      String english,
      Place.PlaceKind kind,
      String code,
      String source) {
    if (english == null || english.isBlank()) {
      return;
    }
    String enKey = state + "|" + compact(english);
    String hiKey = hindi == null ? null : state + "|" + Names.key(hindi);
    if (curatedPlaceKeys.contains(enKey) || (hiKey != null && curatedPlaceKeys.contains(hiKey))) {
      return;
    }
    PlaceDraft d = drafts.get(enKey);
    if (d == null && hiKey != null) {
      d = drafts.get(hiKey);
    }
    if (d != null) {
      if (d.hindi == null && hindi != null) {
        d.hindi = hindi;
        drafts.put(hiKey, d);
      } else if (hindi != null && !Names.key(hindi).equals(Names.key(d.hindi))) {
        d.aliases.add(hindi);
      }
      return;
    }
    d = new PlaceDraft();
    d.hindi = hindi;
    d.english = english;
    d.kind = kind;
    d.parent = state;
    d.code = code;
    d.source = source;
    drafts.put(enKey, d);
    if (hiKey != null) {
      drafts.putIfAbsent(hiKey, d);
    }
  }

  private static boolean isDevanagariName(String s) {
    if (s == null || s.isBlank() || !Devanagari.containsDevanagari(s)) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && !Devanagari.isDevanagari(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "NORTH AND MIDDLE ANDAMAN" → "North and Middle Andaman"; "J.R.JAYAKUMAR" → "J. R. Jayakumar".
   */
  static String titleCase(String s) {
    if (s == null) {
      return "";
    }
    String spaced = s.trim().toLowerCase(Locale.ROOT).replaceAll("\\.(?=\\p{L})", ". ");
    StringBuilder b = new StringBuilder();
    for (String w : spaced.split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      if (b.length() > 0 && (w.equals("and") || w.equals("of") || w.equals("the"))) {
        b.append(w);
      } else {
        int first = 0;
        while (first < w.length() && !Character.isLetter(w.charAt(first))) {
          first++;
        }
        if (first < w.length()) {
          b.append(w, 0, first)
              .append(Character.toUpperCase(w.charAt(first)))
              .append(w.substring(first + 1));
        } else {
          b.append(w);
        }
      }
    }
    return b.toString();
  }

  // ---- people ----

  /** A person being compiled. */
  private static final class PersonDraft {
    String hindi;
    String english;
    final Set<String> aliases = new java.util.LinkedHashSet<>();
    String party;
    String state;
    String constituency;
    final java.util.TreeSet<Integer> lokSabhas = new java.util.TreeSet<>();
    String source;
    int latestYear;
  }

  private List<Person> people() throws IOException {
    Map<String, PersonDraft> byTcpdId = new LinkedHashMap<>();
    Map<String, PersonDraft> bySeat = new HashMap<>();
    java.util.regex.Pattern file = java.util.regex.Pattern.compile("ge-incumbency-(\\d+)\\.csv");
    List<Path> files;
    try (var s = Files.list(tcpd())) {
      files = s.filter(p -> file.matcher(p.getFileName().toString()).matches()).sorted().toList();
    }
    for (Path f : files) {
      for (Map<String, String> r : Csv.read(f, ',')) {
        int ls = parseInt(r.get("Assembly_No"));
        if (!"1".equals(r.get("Position")) || ls < 9) {
          continue;
        }
        String st = state(r.get("State_Name"));
        String pid = r.get("pid");
        PersonDraft d = byTcpdId.computeIfAbsent(pid, k -> new PersonDraft());
        String name = stripTitles(titleCase(r.get("Candidate")));
        int year = parseInt(r.get("Year"));
        if (d.english == null || year > d.latestYear) {
          if (d.english != null) {
            d.aliases.add(d.english);
          }
          d.english = name;
          d.latestYear = year;
          d.party = partyId(null, r.get("Party"));
          d.state = st;
          d.constituency = titleCase(r.get("Constituency_Name"));
        } else {
          d.aliases.add(name);
        }
        d.lokSabhas.add(ls);
        d.source = "tcpd";
        bySeat.put(ls + "|" + st + "|" + compact(r.get("Constituency_Name")), d);
      }
    }
    List<PersonDraft> all = new ArrayList<>(byTcpdId.values());
    Map<String, PersonDraft> byKey = new HashMap<>();
    all.forEach(d -> indexNames(byKey, d));
    for (Map<String, String> r : Csv.read(prs().resolve("csv/Lok Sabha.csv"), ';')) {
      int ls = parseInt(r.getOrDefault("Lok Sabha", "").replaceAll("\\D", ""));
      String st = state(r.get("State"));
      String name = stripTitles(r.getOrDefault("Name", ""));
      if (name.isEmpty() || ls == 0) {
        continue;
      }
      String seat = ls + "|" + st + "|" + compact(r.getOrDefault("Constituency", ""));
      PersonDraft d = bySeat.get(seat);
      if (d == null) {
        d = byKey.get(st + "|" + personKey(name));
      }
      if (d == null) {
        d = new PersonDraft();
        d.english = name;
        d.source = "prs";
        all.add(d);
      } else if (!personKey(name).equals(personKey(d.english))) {
        d.aliases.add(name);
      }
      if (!LOK_SABHA.containsKey(ls)) {
        continue;
      }
      if (LOK_SABHA.get(ls)[0] >= d.latestYear) {
        d.latestYear = LOK_SABHA.get(ls)[0];
        String party = partyId(r.get("Party"), null);
        if (party != null || "Independent".equalsIgnoreCase(r.get("Party"))) {
          d.party = party;
        }
        d.state = st;
        d.constituency = r.get("Constituency");
      }
      d.lokSabhas.add(ls);
      bySeat.put(seat, d);
      indexNames(byKey, d);
    }
    for (Map<String, String> r : affidavitRows()) {
      String party = partyId(r.get("party_name"), null);
      String en = stripTitles(r.getOrDefault("name_english", ""));
      String hi = stripTitles(r.getOrDefault("name_hindi", ""));
      if (party == null || en.isEmpty() || !isDevanagariName(hi)) {
        continue;
      }
      String st = state(r.get("state"));
      PersonDraft d = byKey.get(st + "|" + personKey(en));
      if (d == null) {
        d = new PersonDraft();
        d.english = titleCase(en);
        d.source = "affidavit-2021";
        d.party = party;
        d.state = st;
        d.constituency = r.get("assembly_constituency");
        all.add(d);
      }
      if (d.hindi == null) {
        d.hindi = hi;
      } else if (!Names.key(hi).equals(Names.key(d.hindi))) {
        d.aliases.add(hi);
      }
      indexNames(byKey, d);
    }
    List<Person> out = new ArrayList<>();
    int merged = 0;
    for (PersonDraft d : all) {
      if (isCurated(d)) {
        merged++;
        continue;
      }
      String id =
          newId(
              "person",
              Names.slug(d.english),
              d.constituency == null ? null : Names.slug(d.constituency));
      d.aliases.remove(d.english);
      out.add(
          new Person(
              id,
              d.hindi,
              d.english,
              new ArrayList<>(d.aliases),
              List.of(),
              d.party,
              d.state,
              d.constituency == null ? null : titleCase(d.constituency),
              terms(d),
              d.source));
    }
    log.printf(Locale.ROOT, "people: %d left out as already curated%n", merged);
    return out;
  }

  private boolean isCurated(PersonDraft d) {
    for (String n : names(d)) {
      String id = curatedPersonKeys.get(personKey(n));
      if (id != null) {
        return true;
      }
    }
    return false;
  }

  private static List<String> names(PersonDraft d) {
    List<String> out = new ArrayList<>();
    if (d.hindi != null) {
      out.add(d.hindi);
    }
    out.add(d.english);
    out.addAll(d.aliases);
    return out;
  }

  private static void indexNames(Map<String, PersonDraft> byKey, PersonDraft d) {
    for (String n : names(d)) {
      byKey.putIfAbsent(d.state + "|" + personKey(n), d);
    }
  }

  /** Lok Sabha terms as posts, consecutive terms joined. */
  private static List<Person.PostHeld> terms(PersonDraft d) {
    List<Person.PostHeld> out = new ArrayList<>();
    Integer start = null;
    Integer prev = null;
    for (int ls : d.lokSabhas) {
      if (start != null && ls != prev + 1) {
        out.add(term(d, start, prev));
        start = null;
      }
      if (start == null) {
        start = ls;
      }
      prev = ls;
    }
    if (start != null) {
      out.add(term(d, start, prev));
    }
    return out;
  }

  private static Person.PostHeld term(PersonDraft d, int first, int last) {
    int to = LOK_SABHA.get(last)[1];
    return new Person.PostHeld(
        "post:loksabha-sansad",
        "org:lok-sabha",
        d.state,
        String.valueOf(LOK_SABHA.get(first)[0]),
        to == 0 ? null : String.valueOf(to));
  }

  private List<Map<String, String>> affidavitRows() throws IOException {
    return Csv.read(
        sources.resolve("indicate-affidavits-translit/indicate/data/affidavits.csv"), ',');
  }

  private static final java.util.regex.Pattern TITLE_PREFIX =
      java.util.regex.Pattern.compile(
          "^(?:(?:dr|adv|sri|shri|smt|prof|md|mohd|डॉ|डा|डाः|डॉक्टर|श्री|श्रीमती|प्रो|मोः|मो)[.ः:]?\\s+)+",
          java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  static String stripTitles(String name) {
    String s = name.trim().replaceAll("\\s+", " ");
    return TITLE_PREFIX.matcher(s).replaceFirst("").trim();
  }

  private static int parseInt(String s) {
    try {
      return s == null ? 0 : Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  // ---- organisations ----

  private List<Organisation> legislatures() {
    List<Organisation> out = new ArrayList<>();
    for (KbEntry e : curated) {
      if (!(e instanceof Place p)
          || !(p.placeKind() == Place.PlaceKind.STATE
              || p.id().equals("place:delhi")
              || p.id().equals("place:jammu-and-kashmir")
              || p.id().equals("place:puducherry"))) {
        continue;
      }
      String slug = p.id().substring("place:".length());
      out.add(house(p, slug + "-vidhan-sabha", "विधानसभा", "विधान सभा", "Legislative Assembly"));
      if (COUNCIL_STATES.contains(p.id())) {
        out.add(
            house(
                p, slug + "-vidhan-parishad", "विधान परिषद", "विधानपरिषद", "Legislative Council"));
      }
    }
    return out;
  }

  private Organisation house(Place p, String slug, String word, String variant, String english) {
    List<String> aliases = new ArrayList<>();
    List<String> stateNames = new ArrayList<>();
    stateNames.add(p.name());
    p.aliases().stream().filter(Devanagari::containsDevanagari).forEach(stateNames::add);
    for (String n : stateNames) {
      aliases.add(n + " " + word);
      aliases.add(n + " " + variant);
    }
    String name = aliases.remove(0);
    aliases.add(p.english() + " " + english);
    String id = "org:" + slug;
    usedIds.add(id);
    return new Organisation(
        id,
        name,
        p.english() + " " + english,
        aliases,
        List.of(),
        Organisation.OrgKind.LEGISLATURE,
        p.id(),
        null,
        "generated");
  }
}
