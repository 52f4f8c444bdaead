package org.khabar.kb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.kb.KbEntry;
import org.khabar.kb.KbJson;
import org.khabar.kb.Person;
import org.khabar.kb.Place;

class KbCompilerTest {

  @Nested
  class Helpers {
    @Test
    void personKeysIgnoreTitlesOrderAndCaseButKeepInitials() {
      assertThat(KbCompiler.personKey("Dr. K. Jayakumar"))
          .isEqualTo(KbCompiler.personKey("JAYAKUMAR K"));
      assertThat(KbCompiler.personKey("K. Jayakumar"))
          .isNotEqualTo(KbCompiler.personKey("R. Jayakumar"));
      assertThat(KbCompiler.personKey("खड़गे")).isEqualTo(KbCompiler.personKey("खडगे"));
    }

    @Test
    void titleCaseSpacesInitials() {
      assertThat(KbCompiler.titleCase("J.R.JAYAKUMAR")).isEqualTo("J. R. Jayakumar");
      assertThat(KbCompiler.titleCase("NORTH AND MIDDLE ANDAMAN"))
          .isEqualTo("North and Middle Andaman");
    }

    @Test
    void titlesAreCutInBothScripts() {
      assertThat(KbCompiler.stripTitles("DR MOSARRAF HOSSAIN")).isEqualTo("MOSARRAF HOSSAIN");
      assertThat(KbCompiler.stripTitles("डॉ. अमित कुमार")).isEqualTo("अमित कुमार");
    }
  }

  @Test
  void rebuildsTheShippedFilesFromTheSources(@TempDir Path out) throws Exception {
    Path shared = SharedData.require("data/kb-sources");
    Path resources = Path.of("src/main/resources/org/khabar/kb");
    if (!Files.isDirectory(resources)) {
      resources = Path.of("khabar-kb/src/main/resources/org/khabar/kb");
    }
    List<KbEntry> curated = KbJson.read(resources.resolve("curated.jsonl"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    KbCompiler.Result r =
        new KbCompiler(
                shared.resolve("data/kb-sources"),
                curated,
                new PrintStream(log, true, StandardCharsets.UTF_8))
            .compile();
    KbCompiler.write(r, out);

    assertThat(r.places()).hasSizeGreaterThan(2000);
    assertThat(r.people()).hasSizeGreaterThan(5000);
    assertThat(r.places())
        .anyMatch(
            p ->
                p.english().equals("Maharajganj")
                    && p.placeKind() == Place.PlaceKind.DISTRICT
                    && p.allNames().contains("महराजगंज"));
    assertThat(r.people())
        .filteredOn(p -> p.english().equals("Vidyacharan Shukla"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.posts())
                    .extracting(Person.PostHeld::post)
                    .contains("post:loksabha-sansad"));
    // curated people are not compiled again
    assertThat(r.people()).noneMatch(p -> p.english().equalsIgnoreCase("Mallikarjun Kharge"));

    for (String f :
        List.of("compiled-places.jsonl.gz", "compiled-people.jsonl.gz", "compiled-orgs.jsonl.gz")) {
      assertThat(unzip(out.resolve(f)))
          .as(f + " is out of date: run `khabar kb build`")
          .isEqualTo(unzip(resources.resolve(f)));
    }
  }

  private static String unzip(Path p) throws Exception {
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
