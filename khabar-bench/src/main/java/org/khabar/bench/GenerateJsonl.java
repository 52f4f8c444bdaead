package org.khabar.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.khabar.model.Article;

/**
 * Writes generated Hindi news ({@link GeneratedNews}) as JSON Lines ({@code id, date, headline,
 * text}) until a size is reached, streaming: {@code GenerateJsonl SIZE_MB FILE|-} [SEED]. Used by
 * {@code scripts/stream-check.sh} to build a large input at run time.
 */
public final class GenerateJsonl {

  private GenerateJsonl() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: GenerateJsonl SIZE_MB FILE|- [SEED]");
      System.exit(2);
    }
    long limit = Long.parseLong(args[0]) * 1024 * 1024;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    OutputStream raw = args[1].equals("-") ? System.out : Files.newOutputStream(Path.of(args[1]));
    long[] written = new long[1];
    OutputStream counting =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            raw.write(b);
            written[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            raw.write(b, off, len);
            written[0] += len;
          }

          @Override
          public void flush() throws IOException {
            raw.flush();
          }

          @Override
          public void close() throws IOException {
            raw.close();
          }
        };
    GeneratedNews news = new GeneratedNews(seed);
    long articles = 0;
    long words = 0;
    JsonFactory factory = new JsonFactory();
    try (OutputStream out = new BufferedOutputStream(counting, 1 << 16)) {
      while (written[0] < limit) {
        Article a = news.next();
        try (JsonGenerator g = factory.createGenerator(out)) {
          g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
          g.writeStartObject();
          g.writeStringField("id", a.id());
          g.writeStringField("date", a.date().toString());
          g.writeStringField("headline", a.headline());
          g.writeStringField("text", a.body());
          g.writeEndObject();
        }
        out.write('\n');
        out.flush();
        articles++;
        words += a.body().split(" ").length;
      }
    }
    System.err.printf(
        Locale.ROOT,
        "generated %d articles, ~%d words, %.1f MB%n",
        articles,
        words,
        written[0] / 1048576.0);
  }
}
