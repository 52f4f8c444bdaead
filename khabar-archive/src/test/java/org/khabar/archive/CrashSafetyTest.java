package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.archive.index.ArchiveIndex;
import org.khabar.archive.search.Query;
import org.khabar.archive.store.Store;

/**
 * Kills a real ingest (a child JVM, SIGKILL via {@link Process#destroyForcibly()}) three times at
 * different points, then lets it finish, and checks that every article reported ingested survived
 * each kill, that the end state has exactly one copy of every article, and that the store and the
 * index are sound. The input has broken JSON lines, which are reported and stored nowhere.
 */
class CrashSafetyTest {

  private static final int ARTICLES = 240;
  private static final Set<Integer> BROKEN_LINES = Set.of(17, 101, 202);
  private static final int COPIES = 4; // lines 50, 100, 150, 200 repeat an earlier body

  @TempDir Path tmp;

  private static final String[] WORDS =
      ("सरकार चुनाव पार्टी नेता बैठक मंत्री जिला गांव किसान फसल बारिश सड़क अस्पताल स्कूल शिक्षक"
              + " छात्र परीक्षा बजट योजना विकास पुलिस अदालत फैसला सुनवाई आयोग रिपोर्ट जांच बयान"
              + " विरोध प्रदर्शन रैली सभा गठबंधन सीट उम्मीदवार मतदान नतीजे विधायक सांसद प्रदेश"
              + " राज्य केंद्र शहर नगर पानी बिजली रोजगार महंगाई उद्योग व्यापार बाजार बैंक कर्ज")
          .split(" ");

  private Path writeInput() throws IOException {
    Random r = new Random(20240301);
    List<String> lines = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (int i = 1; i <= ARTICLES; i++) {
      if (BROKEN_LINES.contains(i)) {
        lines.add("{\"id\": \"broken-" + i + "\", \"text\": \"अधूरी पंक्ति");
        continue;
      }
      String body;
      if (i % 50 == 0) {
        body = bodies.get(i / 2);
      } else {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 6; s++) {
          for (int w = 0; w < 12; w++) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
          }
          b.append("शब्द").append(i).append(s).append("। ");
        }
        body = b.toString().strip();
      }
      bodies.add(body);
      lines.add(
          String.format(
              Locale.ROOT,
              "{\"id\": \"a%04d\", \"date\": \"2024-%02d-%02d\", \"headline\": \"खबर %d\","
                  + " \"text\": \"%s\"}",
              i,
              1 + i % 12,
              1 + i % 28,
              i,
              body));
    }
    Path in = tmp.resolve("news.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    return in;
  }

  private Process start(Path store, Path input) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb =
        new ProcessBuilder(
            java.toString(),
            "--enable-native-access=ALL-UNNAMED",
            "-Xmx256m",
            "-Dfile.encoding=UTF-8",
            "-Dstdout.encoding=UTF-8",
            "-cp",
            System.getProperty("java.class.path"),
            CrashIngestMain.class.getName(),
            store.toString(),
            input.toString(),
            "4");
    pb.redirectError(tmp.resolve("child-" + System.nanoTime() + ".err").toFile());
    return pb.start();
  }

  /** Runs the child until it has reported {@code killAfter} lines (or ended); returns its ids. */
  private List<String> runAndKill(Path store, Path input, int killAfter) throws Exception {
    Process p = start(store, input);
    List<String> committed = new ArrayList<>();
    boolean done = false;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("COMMITTED ")) {
          committed.add(line.substring("COMMITTED ".length()));
          if (committed.size() >= killAfter) {
            p.destroyForcibly();
            break;
          }
        } else if (line.startsWith("DONE")) {
          done = true;
        }
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    if (killAfter == Integer.MAX_VALUE) {
      assertThat(done).as("the last run finishes").isTrue();
      assertThat(p.exitValue()).isZero();
    }
    return committed;
  }

  private static Set<String> storedIds(Path store) {
    try (Store s = Store.openReadOnly(store.resolve(Store.FILE))) {
      return s.read(
          c -> {
            Set<String> ids = new HashSet<>();
            try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM articles")) {
              while (rs.next()) {
                ids.add(rs.getString(1));
              }
            }
            return ids;
          });
    }
  }

  @Test
  void killedIngestsLoseNothingReportedAndARerunEndsWithOneCopyOfEach() throws Exception {
    Path input = writeInput();
    Path store = tmp.resolve("archive");
    Set<String> reported = new HashSet<>();
    for (int killAfter : new int[] {25, 90, 160}) {
      List<String> ids = runAndKill(store, input, killAfter);
      reported.addAll(ids);
      // After every kill the store opens, is sound, and holds all that was reported.
      try (Archive a = Archive.openForReading(store)) {
        assertThat(a.checkStore()).isEqualTo("ok");
      }
      Set<String> stored = storedIds(store);
      System.out.printf(
          "killed after %d reported in this run: %d reported in all, %d stored%n",
          ids.size(), reported.size(), stored.size());
      assertThat(stored).containsAll(reported);
    }
    runAndKill(store, input, Integer.MAX_VALUE);

    int expected = ARTICLES - BROKEN_LINES.size();
    assertThat(storedIds(store)).hasSize(expected).containsAll(reported);
    assertThat(ArchiveIndex.check(store.resolve(Archive.INDEX_DIR))).isNull();
    try (Archive a = Archive.open(store)) {
      assertThat(a.checkStore()).isEqualTo("ok");
      ArchiveStats s = a.stats();
      assertThat(s.stored()).isEqualTo(expected);
      // a repeated body under a new headline is the same story: a near duplicate
      assertThat(s.nearDuplicates()).isEqualTo(COPIES);
      assertThat(s.stories()).isEqualTo(expected - COPIES);
      assertThat(s.indexed()).isEqualTo(s.lastSeq());
      // every story is in the index exactly once
      assertThat(a.search(Query.of("").limit(1)).total()).isEqualTo(expected - COPIES);
      assertThat(a.search(Query.of("शब्द1234")).hits())
          .extracting(h -> h.id())
          .containsExactly("a0123");
    }
  }
}
