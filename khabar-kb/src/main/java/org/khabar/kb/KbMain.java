package org.khabar.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khabar.kb.build.KbCompiler;
import org.khabar.kb.build.LinkEval;
import org.khabar.kb.build.TranslitTool;
import org.khabar.kb.link.EntityStage;
import org.khabar.translit.GraphoneModel;
import org.khabar.translit.Phonetic;
import org.khabar.translit.Translit;

/**
 * The knowledge-base tools as plain commands, for use before the CLI exists ({@code ./mvnw -q -pl
 * khabar-kb exec:java -Dexec.args="build"}) and behind {@code khabar kb}:
 *
 * <pre>
 * build [SOURCES_DIR] [OUT_DIR]        compile the KB files from ../shared/data/kb-sources
 * lookup NAME...                       find entries by name, either script
 * translit WORD...                     Devanagari ↔ Latin candidates and the phonetic key
 * train-translit [SHARED] [OUT] [N]    retrain the transliteration model
 * eval-translit [SHARED] [MODEL]       word accuracy on held-out pairs
 * eval-link [SHARED] [JUDGEMENTS] [-v] linking accuracy on ../shared/gold/dev.jsonl
 * </pre>
 */
public final class KbMain {

  private KbMain() {}

  public static void main(String[] args) throws IOException {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs one command; returns the process exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    if (args.length == 0) {
      usage(err);
      return 2;
    }
    List<String> rest = List.of(args).subList(1, args.length);
    return switch (args[0]) {
      case "build" ->
          build(
              rest.size() > 0 ? Path.of(rest.get(0)) : sharedDir().resolve("data/kb-sources"),
              rest.size() > 1 ? Path.of(rest.get(1)) : resourceDir(),
              out,
              err);
      case "lookup" -> lookup(rest, out, err);
      case "translit" -> translit(rest, out, err);
      case "train-translit" -> trainTranslit(rest, out, err);
      case "eval-translit" -> evalTranslit(rest, out, err);
      case "eval-link" -> evalLink(rest, out, err);
      default -> {
        usage(err);
        yield 2;
      }
    };
  }

  private static int lookup(List<String> rest, PrintStream out, PrintStream err) {
    if (rest.isEmpty()) {
      err.println("lookup: give a name");
      return 2;
    }
    lookup(KnowledgeBase.shipped(), String.join(" ", rest), out);
    return 0;
  }

  private static int translit(List<String> rest, PrintStream out, PrintStream err) {
    if (rest.isEmpty()) {
      err.println("translit: give one or more words");
      return 2;
    }
    translit(Translit.shipped(), rest, out);
    return 0;
  }

  private static int trainTranslit(List<String> rest, PrintStream out, PrintStream err)
      throws IOException {
    Path shared = rest.size() > 0 ? Path.of(rest.get(0)) : sharedDir();
    Path model =
        rest.size() > 1
            ? Path.of(rest.get(1))
            : resourceDir().resolveSibling("translit").resolve("hi-latn-graphones.txt.gz");
    int order = rest.size() > 2 ? Integer.parseInt(rest.get(2)) : 3;
    if (!Files.isDirectory(shared.resolve("data/translit"))) {
      err.println("train-translit: no " + shared.resolve("data/translit"));
      return 1;
    }
    GraphoneModel m = TranslitTool.train(shared, order, out);
    TranslitTool.write(m, model);
    out.println("wrote " + model);
    return 0;
  }

  private static int evalTranslit(List<String> rest, PrintStream out, PrintStream err)
      throws IOException {
    Path shared = rest.size() > 0 ? Path.of(rest.get(0)) : sharedDir();
    if (!Files.isDirectory(shared.resolve("data/translit"))) {
      err.println("eval-translit: no " + shared.resolve("data/translit"));
      return 1;
    }
    GraphoneModel m;
    if (rest.size() > 1) {
      try (InputStream in = Files.newInputStream(Path.of(rest.get(1)))) {
        m = GraphoneModel.read(in);
      }
    } else {
      m = GraphoneModel.fromResource("hi-latn-graphones.txt.gz");
    }
    TranslitTool.evaluate(shared, new Translit(m), m).forEach(out::println);
    return 0;
  }

  private static int evalLink(List<String> rest, PrintStream out, PrintStream err)
      throws IOException {
    List<String> args = rest.stream().filter(a -> !a.equals("-v")).toList();
    Path shared = args.size() > 0 ? Path.of(args.get(0)) : sharedDir();
    Path gold = shared.resolve("gold/dev.jsonl");
    if (!Files.isRegularFile(gold)) {
      err.println("eval-link: no " + gold);
      return 1;
    }
    Path judgements = args.size() > 1 ? Path.of(args.get(1)) : judgementsFile();
    LinkEval.Result r =
        LinkEval.run(new EntityStage(), gold, judgements, rest.contains("-v") ? out : null);
    out.println(r);
    return 0;
  }

  static Path judgementsFile() {
    for (String c :
        List.of(
            "khabar-kb/src/test/resources/org/khabar/kb/eval/dev-link-judgements.tsv",
            "src/test/resources/org/khabar/kb/eval/dev-link-judgements.tsv")) {
      if (Files.isRegularFile(Path.of(c))) {
        return Path.of(c);
      }
    }
    return Path.of("khabar-kb/src/test/resources/org/khabar/kb/eval/dev-link-judgements.tsv");
  }

  /** Compiles the KB files; returns an exit code. */
  public static int build(Path sources, Path outDir, PrintStream out, PrintStream err)
      throws IOException {
    if (!Files.isDirectory(sources)) {
      err.println("build: no sources at " + sources + " (expected ../shared/data/kb-sources)");
      return 1;
    }
    Path curatedFile = outDir.resolve("curated.jsonl");
    if (!Files.isRegularFile(curatedFile)) {
      err.println("build: no " + curatedFile + " (give the resource directory holding it)");
      return 1;
    }
    List<KbEntry> curated = KbJson.read(curatedFile);
    KbCompiler.Result r = new KbCompiler(sources, curated, out).compile();
    KbCompiler.write(r, outDir);
    out.println("wrote the compiled knowledge base to " + outDir);
    return 0;
  }

  static void lookup(KnowledgeBase kb, String query, PrintStream out) {
    List<KnowledgeBase.Hit> hits = kb.lookup(query, 10);
    if (hits.isEmpty()) {
      out.println("no entry for '" + query + "'");
      return;
    }
    for (KnowledgeBase.Hit h : hits) {
      KbEntry e = h.entry();
      out.printf(
          Locale.ROOT,
          "%.2f  %-16s %-40s %s / %s%n",
          h.score(),
          h.rule(),
          e.id(),
          e.name() == null ? "-" : e.name(),
          e.english() == null ? "-" : e.english());
    }
  }

  static void translit(Translit t, List<String> words, PrintStream out) {
    for (String w : words) {
      List<String> forms = new ArrayList<>();
      if (org.khabar.translit.Devanagari.containsDevanagari(w)) {
        forms.addAll(t.latinCandidates(w));
      } else {
        forms.addAll(t.devanagariCandidates(w));
      }
      out.println(
          w
              + "\t"
              + String.join(", ", forms.subList(0, Math.min(6, forms.size())))
              + "\tkey="
              + Phonetic.key(w));
    }
  }

  /** ../shared, or the khabar.shared system property. */
  static Path sharedDir() {
    String p = System.getProperty("khabar.shared");
    if (p != null) {
      return Path.of(p);
    }
    for (String c : List.of("../shared", "../../shared")) {
      if (Files.isDirectory(Path.of(c))) {
        return Path.of(c);
      }
    }
    return Path.of("../shared");
  }

  /** The module's resource directory, from the repository root or the module directory. */
  static Path resourceDir() {
    for (String c :
        List.of("khabar-kb/src/main/resources/org/khabar/kb", "src/main/resources/org/khabar/kb")) {
      if (Files.isDirectory(Path.of(c))) {
        return Path.of(c);
      }
    }
    return Path.of("khabar-kb/src/main/resources/org/khabar/kb");
  }

  private static void usage(PrintStream err) {
    err.println(
        """
        usage: kb build [SOURCES_DIR] [OUT_DIR]      compile the KB from ../shared/data/kb-sources
               kb lookup NAME...                     find entries by name (either script)
               kb translit WORD...                   transliteration candidates and phonetic key
               kb train-translit [SHARED] [OUT] [N]  retrain the transliteration model
               kb eval-translit [SHARED] [MODEL]     word accuracy on held-out pairs
               kb eval-link [SHARED] [JUDGEMENTS] [-v]  linking accuracy on the gold entities\
        """);
  }
}
