package org.khabar.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.model.Article;

class ArticleInputsTest {

  @TempDir Path dir;

  static List<ReadResult> read(ReadOptions options, Path... inputs) {
    List<ReadResult> out = new ArrayList<>();
    try (CloseableIterator<ReadResult> it = ArticleInputs.open(Arrays.asList(inputs), options)) {
      it.forEachRemaining(out::add);
    }
    return out;
  }

  static List<ReadResult> read(Path... inputs) {
    return read(ReadOptions.defaults(), inputs);
  }

  static Article ok(ReadResult r) {
    assertThat(r).isInstanceOf(ReadResult.Ok.class);
    return ((ReadResult.Ok) r).article();
  }

  static ReadResult.Failed failed(ReadResult r) {
    assertThat(r).isInstanceOf(ReadResult.Failed.class);
    return (ReadResult.Failed) r;
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private Path writeBytes(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  @Nested
  class SeedForm {
    @Test
    void readsDateEnglishHeadlineAndBodyWithFollowingParagraphs() throws IOException {
      Path p =
          write(
              "seed.txt",
              " date 2026-01-24 Alliance Talks Stall: गठबंधन की बातचीत अटकी. नाराज़गी है.\n\nदूसरा पैरा.\n");
      List<ReadResult> rs = read(p);
      assertThat(rs).hasSize(1);
      Article a = ok(rs.get(0));
      assertThat(a.date()).isEqualTo(LocalDate.of(2026, 1, 24));
      assertThat(a.headline()).isEqualTo("Alliance Talks Stall");
      assertThat(a.body()).isEqualTo("गठबंधन की बातचीत अटकी. नाराज़गी है.\n\nदूसरा पैरा.");
      assertThat(a.origin().line()).isEqualTo(1);
      assertThat(a.origin().source()).isEqualTo(p.toString());
    }

    @Test
    void severalArticlesAreSplitAtDateLines() throws IOException {
      Path p =
          write(
              "many.txt",
              "date 2026-01-24 First: पहली ख़बर.\nआगे.\ndate 2026-01-25 Second: दूसरी ख़बर.\n"
                  + "date 2026-01-26 Third: तीसरी ख़बर.");
      List<ReadResult> rs = read(p);
      assertThat(rs).hasSize(3);
      assertThat(ok(rs.get(0)).body()).isEqualTo("पहली ख़बर.\nआगे.");
      assertThat(ok(rs.get(1)).origin().line()).isEqualTo(3);
      assertThat(ok(rs.get(2)).date()).isEqualTo(LocalDate.of(2026, 1, 26));
    }

    @Test
    void aBadDateFailsThatArticleOnlyAndNamesItsLine() throws IOException {
      Path p =
          write(
              "dates.txt",
              """
              date 2026-01-24 One: पहली.
              date 2026-13-45 Two: दूसरी.
              आगे.
              date yesterday Three: तीसरी.
              date 24/01/2026 Four: चौथी.
              """);
      List<ReadResult> rs = read(p);
      assertThat(rs).hasSize(4);
      ok(rs.get(0));
      assertThat(failed(rs.get(1)).origin().line()).isEqualTo(2);
      assertThat(failed(rs.get(1)).message()).contains("malformed date", "2026-13-45");
      assertThat(failed(rs.get(2)).message()).contains("yesterday");
      assertThat(failed(rs.get(2)).origin().line()).isEqualTo(4);
      assertThat(ok(rs.get(3)).date()).isEqualTo(LocalDate.of(2026, 1, 24));
    }

    @Test
    void anArticleWithAnEmptyBodyFails() throws IOException {
      Path p =
          write("empty-body.txt", "date 2026-01-24 Headline only:\ndate 2026-01-25 B: ख़बर.\n");
      List<ReadResult> rs = read(p);
      assertThat(failed(rs.get(0)).message()).contains("empty body");
      ok(rs.get(1));
    }

    @Test
    void textBeforeTheFirstDateLineIsReportedOnce() throws IOException {
      Path p = write("preamble.seed", "कुछ भूमिका\nऔर\ndate 2026-01-24 A: ख़बर.\n");
      List<ReadResult> rs = read(ReadOptions.defaults().withFormat(Format.SEED), p);
      assertThat(rs).hasSize(2);
      assertThat(failed(rs.get(0)).origin().line()).isEqualTo(1);
      ok(rs.get(1));
    }
  }

  @Nested
  class JsonLines {
    @Test
    void readsFieldsIgnoresExtrasAndAcceptsBodyForText() throws IOException {
      Path p =
          write(
              "a.jsonl",
              """
              {"id":"n1","date":"2026-01-24","headline":"संकट","text":"ख़बर एक.","extra":[1]}

              {"headline":"दूसरी","body":"ख़बर दो.","date":null}
              """);
      List<ReadResult> rs = read(p);
      assertThat(rs).hasSize(2);
      Article a = ok(rs.get(0));
      assertThat(a.id()).isEqualTo("n1");
      assertThat(a.date()).isEqualTo(LocalDate.of(2026, 1, 24));
      assertThat(a.headline()).isEqualTo("संकट");
      assertThat(a.body()).isEqualTo("ख़बर एक.");
      Article b = ok(rs.get(1));
      assertThat(b.date()).isNull();
      assertThat(b.id()).hasSize(16).matches("[0-9a-f]{16}");
      assertThat(b.origin().line()).isEqualTo(3);
    }

    @Test
    void brokenJsonOnLineNFailsThatLineOnly() throws IOException {
      Path p =
          write(
              "b.jsonl",
              "{\"text\":\"एक.\"}\n{\"text\": \"दो\n{\"text\":\"तीन.\"} trailing\n[1,2]\n{\"text\":\"चार.\"}\n");
      List<ReadResult> rs = read(p);
      assertThat(rs).hasSize(5);
      ok(rs.get(0));
      assertThat(failed(rs.get(1)).origin().line()).isEqualTo(2);
      assertThat(failed(rs.get(1)).message()).startsWith("invalid JSON");
      assertThat(failed(rs.get(2)).origin().line()).isEqualTo(3);
      assertThat(failed(rs.get(3)).message()).contains("JSON object");
      ok(rs.get(4));
    }

    @Test
    void prettyPrintedJsonFailsOnceNotOncePerLine() throws IOException {
      Path array = write("array.json", "[\n  {\"text\": \"एक\"},\n  {\"text\": \"दो\"}\n]\n");
      Path object = write("object.json", "{\n  \"text\": \"एक\"\n}\n");
      List<ReadResult> rs = read(array, object);
      assertThat(rs).hasSize(2);
      assertThat(failed(rs.get(0)).message()).contains("JSON array");
      assertThat(failed(rs.get(1)).message()).contains("multi-line JSON object");
    }

    @Test
    void malformedDatesAndEmptyBodiesFail() throws IOException {
      Path p =
          write(
              "c.jsonl",
              """
              {"date":"2026-13-45","text":"एक."}
              {"date":"yesterday","text":"दो."}
              {"date":"24/01/2026","text":"तीन."}
              {"date":"2026-01-24","text":"  "}
              {"date":"2026-01-24"}
              """);
      List<ReadResult> rs = read(p);
      assertThat(failed(rs.get(0)).message()).contains("malformed date");
      assertThat(failed(rs.get(1)).message()).contains("yesterday");
      assertThat(ok(rs.get(2)).date()).isEqualTo(LocalDate.of(2026, 1, 24));
      assertThat(failed(rs.get(3)).message()).contains("empty body");
      assertThat(failed(rs.get(4)).message()).contains("text");
    }
  }

  @Nested
  class PlainText {
    @Test
    void headlineLineThenBlankLineThenBody() throws IOException {
      Path p =
          write("news-2026-01-24.txt", "गठबंधन पर संकट\n\nकांग्रेस ने बैठक बुलाई।\nनेता पहुंचे।\n");
      Article a = ok(read(p).get(0));
      assertThat(a.headline()).isEqualTo("गठबंधन पर संकट");
      assertThat(a.body()).isEqualTo("कांग्रेस ने बैठक बुलाई।\nनेता पहुंचे।");
      assertThat(a.date()).isEqualTo(LocalDate.of(2026, 1, 24));
    }

    @Test
    void dateWithAMonthAbbreviationInTheFileName() throws IOException {
      assertThat(ok(read(write("PB-2020-MAR-05.txt", "शीर्षक\n\nपाठ।\n")).get(0)).date())
          .isEqualTo(LocalDate.of(2020, 3, 5));
      assertThat(ok(read(write("PB-2020-ARP-27.txt", "शीर्षक\n\nपाठ।\n")).get(0)).date()).isNull();
      assertThat(ok(read(write("PB-2020-FEB-31.txt", "शीर्षक\n\nपाठ।\n")).get(0)).date()).isNull();
    }

    @Test
    void withoutABlankSecondLineAllIsBody() throws IOException {
      Path p = write("b.txt", "पहली पंक्ति\nदूसरी पंक्ति\n\nतीसरी\n");
      Article a = ok(read(p).get(0));
      assertThat(a.headline()).isEmpty();
      assertThat(a.body()).isEqualTo("पहली पंक्ति\nदूसरी पंक्ति\n\nतीसरी");
      assertThat(a.date()).isNull();
    }

    @Test
    void crlfFilesKeepTheirTextAndFindTheHeadline() throws IOException {
      Path p = write("c.txt", "शीर्षक\r\n\r\nबॉडी का पाठ।\r\n");
      Article a = ok(read(p).get(0));
      assertThat(a.headline()).isEqualTo("शीर्षक");
      assertThat(a.body()).isEqualTo("बॉडी का पाठ।");
    }

    @Test
    void theSameArticleAlwaysGetsTheSameId() throws IOException {
      Path a = write("x/one.txt", "शीर्षक\n\nबॉडी का पाठ।\n");
      Path b =
          write("y/two.txt", "शीर्षक\r\n\r\nबॉडी\u00A0का पाठ।"); // NBSP, CRLF, no final line end
      assertThat(ok(read(a).get(0)).id()).isEqualTo(ok(read(b).get(0)).id());
      Path c = write("z/three.txt", "शीर्षक\n\nदूसरा पाठ।\n");
      assertThat(ok(read(c).get(0)).id()).isNotEqualTo(ok(read(a).get(0)).id());
    }
  }

  @Nested
  class Html {
    @Test
    void readsMetaHeadlineDateAndArticleParagraphs() throws IOException {
      Path p =
          write(
              "page.html",
              "<!doctype html><html><head><title>साइट | ख़बर</title>"
                  + "<meta property=\"og:title\" content=\"गठबंधन में दरार\">"
                  + "<meta property=\"article:published_time\" content=\"2026-01-24T09:30:00+05:30\">"
                  + "<style>p{color:red}</style><script>var x = 'नहीं';</script></head><body>"
                  + "<nav><p>मेन्यू</p></nav><header><p>लोगो</p></header>"
                  + "<article><h1>गठबंधन में दरार</h1><p>पहला &amp; पैरा।</p><p>दूसरा <b>पैरा</b>।</p></article>"
                  + "<footer><p>कॉपीराइट</p></footer></body></html>");
      Article a = ok(read(p).get(0));
      assertThat(a.headline()).isEqualTo("गठबंधन में दरार");
      assertThat(a.date()).isEqualTo(LocalDate.of(2026, 1, 24));
      assertThat(a.body()).isEqualTo("पहला & पैरा।\n\nदूसरा पैरा।");
    }

    @Test
    void fallsBackToH1TimeAndBodyParagraphs() throws IOException {
      Path p =
          write(
              "p2.htm",
              "<html><body><h1>शीर्षक</h1><time datetime=\"2026-01-25\">कल</time>"
                  + "<p>पाठ।</p><aside><p>विज्ञापन</p></aside></body></html>");
      Article a = ok(read(p).get(0));
      assertThat(a.headline()).isEqualTo("शीर्षक");
      assertThat(a.date()).isEqualTo(LocalDate.of(2026, 1, 25));
      assertThat(a.body()).isEqualTo("पाठ।");
    }

    @Test
    void aPageWithoutTextFails() throws IOException {
      Path p =
          write(
              "p3.html",
              "<html><head><title>खाली</title></head><body><script>1</script></body></html>");
      assertThat(failed(read(p).get(0)).message()).contains("empty body");
    }
  }

  @Nested
  class Feeds {
    @Test
    void rssItemsBecomeArticles() throws IOException {
      Path p =
          write(
              "feed.xml",
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                  + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>चैनल</title>\n"
                  + "<item><title>पहली ख़बर</title><guid>g-1</guid>"
                  + "<pubDate>Sat, 24 Jan 2026 10:00:00 +0530</pubDate>"
                  + "<description>&lt;p&gt;सार &lt;b&gt;एक&lt;/b&gt;&lt;/p&gt;</description></item>\n"
                  + "<item><title>दूसरी</title><pubDate>कल</pubDate><description>सार</description></item>\n"
                  + "<item><title>तीसरी</title><link>https://example.org/3</link>"
                  + "<description>छोटा</description>"
                  + "<content:encoded><![CDATA[<p>पूरा पाठ।</p><p>दूसरा पैरा।</p>]]></content:encoded></item>\n"
                  + "</channel></rss>");
      List<ReadResult> rs = read(p);
      assertThat(rs).hasSize(3);
      Article a = ok(rs.get(0));
      assertThat(a.id()).isEqualTo("g-1");
      assertThat(a.headline()).isEqualTo("पहली ख़बर");
      assertThat(a.date()).isEqualTo(LocalDate.of(2026, 1, 24));
      assertThat(a.body()).isEqualTo("सार एक");
      assertThat(failed(rs.get(1)).message()).contains("malformed date");
      assertThat(failed(rs.get(1)).origin().line()).isEqualTo(4);
      Article c = ok(rs.get(2));
      assertThat(c.id()).isEqualTo("https://example.org/3");
      assertThat(c.body()).isEqualTo("पूरा पाठ।\n\nदूसरा पैरा।");
    }

    @Test
    void atomEntriesBecomeArticles() throws IOException {
      Path p =
          write(
              "feed.atom",
              "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>फ़ीड</title>"
                  + "<entry><id>urn:x:1</id><title>शीर्षक</title><updated>2026-01-24T10:00:00Z</updated>"
                  + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>पाठ एक।</p></div></content>"
                  + "</entry></feed>");
      Article a = ok(read(p).get(0));
      assertThat(a.id()).isEqualTo("urn:x:1");
      assertThat(a.date()).isEqualTo(LocalDate.of(2026, 1, 24));
      assertThat(a.body()).isEqualTo("पाठ एक।");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
      Path secret = write("secret.txt", "गुप्त-सामग्री");
      Path p =
          write(
              "xxe.xml",
              "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \""
                  + secret.toUri()
                  + "\">]>\n"
                  + "<rss><channel><item><title>&x;</title><description>पाठ &x;</description></item></channel></rss>");
      List<ReadResult> rs = read(p);
      assertThat(rs).isNotEmpty();
      for (ReadResult r : rs) {
        if (r instanceof ReadResult.Ok o) {
          assertThat(o.article().text()).doesNotContain("गुप्त");
        } else {
          assertThat(((ReadResult.Failed) r).message()).doesNotContain("गुप्त");
        }
      }
    }

    @Test
    void brokenXmlKeepsTheItemsBeforeIt() throws IOException {
      Path p =
          write(
              "broken.rss",
              "<rss><channel>\n<item><title>एक</title><description>पाठ।</description></item>\n"
                  + "<item><title>दो</title><description>पाठ</descr></item>\n</channel></rss>");
      List<ReadResult> rs = read(p);
      assertThat(rs).hasSize(2);
      ok(rs.get(0));
      assertThat(failed(rs.get(1)).message()).startsWith("invalid XML");
      assertThat(failed(rs.get(1)).origin().line()).isEqualTo(3);
    }
  }

  @Nested
  class BadInput {
    @Test
    void invalidUtf8FailsOneLineAndReadingGoesOn() throws IOException {
      byte[] good1 = "{\"text\":\"एक.\"}\n".getBytes(StandardCharsets.UTF_8);
      byte[] bad = {
        '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'
      };
      byte[] good2 = "{\"text\":\"तीन.\"}\n".getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[good1.length + bad.length + good2.length];
      System.arraycopy(good1, 0, all, 0, good1.length);
      System.arraycopy(bad, 0, all, good1.length, bad.length);
      System.arraycopy(good2, 0, all, good1.length + bad.length, good2.length);
      List<ReadResult> rs = read(writeBytes("u.jsonl", all));
      assertThat(rs).hasSize(3);
      ok(rs.get(0));
      assertThat(failed(rs.get(1)).message()).contains("invalid UTF-8", "byte 10");
      assertThat(failed(rs.get(1)).origin().line()).isEqualTo(2);
      ok(rs.get(2));
    }

    @Test
    void invalidUtf8InATextFileFailsTheFileNamingTheLine() throws IOException {
      byte[] head = "शीर्षक\n\nपाठ\n".getBytes(StandardCharsets.UTF_8);
      byte[] all = Arrays.copyOf(head, head.length + 2);
      all[head.length] = (byte) 0xFF;
      all[head.length + 1] = '\n';
      List<ReadResult> rs = read(writeBytes("u.txt", all), write("next.txt", "अगली फ़ाइल"));
      assertThat(failed(rs.get(0)).origin().line()).isEqualTo(4);
      assertThat(ok(rs.get(1)).body()).isEqualTo("अगली फ़ाइल");
    }

    @Test
    void invalidUtf8InAFeedEndsThatFeed() throws IOException {
      byte[] head =
          "<rss><channel><item><title>एक</title><description>पाठ</description></item>\n<item><title>"
              .getBytes(StandardCharsets.UTF_8);
      byte[] tail = "</title></item></channel></rss>".getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[head.length + 1 + tail.length];
      System.arraycopy(head, 0, all, 0, head.length);
      all[head.length] = (byte) 0xFE;
      System.arraycopy(tail, 0, all, head.length + 1, tail.length);
      List<ReadResult> rs = read(writeBytes("u.rss", all), write("after.txt", "आगे"));
      assertThat(rs).hasSize(3);
      ok(rs.get(0));
      assertThat(failed(rs.get(1)).message()).contains("invalid UTF-8");
      ok(rs.get(2));
    }

    @Test
    void binaryFilesFailOnce() throws IOException {
      byte[] bin = {'P', 'K', 3, 4, 0, 0, 0, 1, 2, 3};
      List<ReadResult> rs = read(writeBytes("archive.txt", bin));
      assertThat(rs).hasSize(1);
      assertThat(failed(rs.get(0)).message()).contains("binary");
    }

    @Test
    void emptyFilesFailOnce() throws IOException {
      List<ReadResult> rs =
          read(
              writeBytes("e.txt", new byte[0]),
              writeBytes("bom.jsonl", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
      assertThat(rs).hasSize(2);
      assertThat(failed(rs.get(0)).message()).isEqualTo("empty file");
      assertThat(failed(rs.get(1)).message()).isEqualTo("empty file");
    }

    @Test
    void aFiftyMegabyteLineIsRejectedAndTheNextLineRead() throws IOException {
      Path p = dir.resolve("huge.jsonl");
      try (OutputStream out = Files.newOutputStream(p)) {
        out.write("{\"text\":\"पहली.\"}\n".getBytes(StandardCharsets.UTF_8));
        out.write("{\"text\":\"".getBytes(StandardCharsets.UTF_8));
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 50; i++) {
          out.write(chunk);
        }
        out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        out.write("{\"text\":\"तीसरी.\"}\n".getBytes(StandardCharsets.UTF_8));
      }
      List<ReadResult> rs = read(p);
      assertThat(rs).hasSize(3);
      ok(rs.get(0));
      assertThat(failed(rs.get(1)).message()).contains("line 2", "longer than 5000000");
      assertThat(ok(rs.get(2)).body()).isEqualTo("तीसरी.");
    }

    @Test
    void missingPathsFailAndTheNextInputIsRead() throws IOException {
      Path missing = dir.resolve("missing.txt");
      List<ReadResult> rs = read(missing, write("here.txt", "पाठ"));
      assertThat(rs).hasSize(2);
      assertThat(failed(rs.get(0)).origin().source()).isEqualTo(missing.toString());
      assertThat(failed(rs.get(0)).message()).isEqualTo("cannot read: no such file");
      ok(rs.get(1));
    }
  }

  @Nested
  class Inputs {
    @Test
    void directoriesAreReadRecursivelyInSortedOrder() throws IOException {
      write("d/b.txt", "बी");
      write("d/a/z.txt", "ज़ेड");
      write("d/a/y.jsonl", "{\"text\":\"वाई\"}");
      write("d/c.html", "<p>सी</p>");
      write("d/.hidden.txt", "छिपा");
      write("d/notes.md", "नोट");
      List<ReadResult> rs = read(dir.resolve("d"));
      assertThat(rs).extracting(r -> ok(r).body()).containsExactly("वाई", "ज़ेड", "बी", "सी");
    }

    @Test
    void aForcedFormatAppliesToEveryFile() throws IOException {
      Path p = write("feed.data", "{\"text\":\"पाठ\"}\n");
      assertThat(ok(read(ReadOptions.defaults().withFormat(Format.JSONL), p).get(0)).body())
          .isEqualTo("पाठ");
      assertThat(ok(read(ReadOptions.defaults().withFormat(Format.TEXT), p).get(0)).body())
          .isEqualTo("{\"text\":\"पाठ\"}");
    }

    @Test
    void contentSniffingWithoutAnExtension() throws IOException {
      assertThat(ok(read(write("j", "{\"text\":\"जे\"}")).get(0)).body()).isEqualTo("जे");
      assertThat(ok(read(write("s", "date 2026-01-24 H: एस")).get(0)).headline()).isEqualTo("H");
      assertThat(ok(read(write("h", "<html><body><p>एच</p></body></html>")).get(0)).body())
          .isEqualTo("एच");
      assertThat(
              ok(read(write(
                          "r",
                          "<rss><channel><item><description>आर</description></item></channel></rss>"))
                      .get(0))
                  .body())
          .isEqualTo("आर");
    }

    @Test
    void dashReadsStandardInput() {
      byte[] in = "{\"text\":\"स्टडिन\"}\n".getBytes(StandardCharsets.UTF_8);
      List<ReadResult> rs = new ArrayList<>();
      try (CloseableIterator<ReadResult> it =
          ArticleInputs.open(
              List.of(Path.of("-")), ReadOptions.defaults(), new ByteArrayInputStream(in))) {
        it.forEachRemaining(rs::add);
      }
      Article a = ok(rs.get(0));
      assertThat(a.body()).isEqualTo("स्टडिन");
      assertThat(a.origin().source()).isEqualTo("-");
    }

    @Test
    void closingEarlyIsSafe() throws IOException {
      Path p = write("m.jsonl", "{\"text\":\"एक\"}\n{\"text\":\"दो\"}\n");
      CloseableIterator<ReadResult> it = ArticleInputs.open(List.of(p, p), ReadOptions.defaults());
      assertThat(it.hasNext()).isTrue();
      it.next();
      it.close();
      it.close();
      assertThat(it.hasNext()).isFalse();
    }
  }
}
