package org.khabar.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.khabar.io.read.ArticleInputs;
import org.khabar.io.read.CloseableIterator;
import org.khabar.io.read.ReadOptions;
import org.khabar.io.read.ReadResult;
import org.khabar.model.Article;

/**
 * The articles a benchmark runs on: real Hindi news from {@code ../shared/data/news} when present
 * (system property {@code khabar.news} overrides the folder), else articles generated from sentence
 * templates written for these benchmarks, so the benchmarks run anywhere.
 */
public final class Corpus {

  private Corpus() {}

  public static List<Article> load(int max) {
    Path news = Path.of(System.getProperty("khabar.news", "../shared/data/news/covid2020-5papers"));
    if (Files.isDirectory(news)) {
      List<Article> out = new ArrayList<>();
      try (CloseableIterator<ReadResult> in =
          ArticleInputs.open(List.of(news), ReadOptions.defaults())) {
        while (in.hasNext() && out.size() < max) {
          if (in.next() instanceof ReadResult.Ok ok && ok.article().body().length() > 200) {
            out.add(ok.article());
          }
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return generated(max);
  }

  private static final String[] SUBJECTS = {
    "कांग्रेस अध्यक्ष मल्लिकार्जुन खरगे", "मुख्यमंत्री नीतीश कुमार", "भाजपा प्रवक्ता सुधा वर्मा",
    "राजद नेता तेजस्वी यादव", "प्रदेश अध्यक्ष अमर सेन", "जिलाधिकारी रवि कांत"
  };
  private static final String[] CLAUSES = {
    "गठबंधन में सबका सम्मान होना चाहिए", "सड़कों की मरम्मत का काम अगले महीने पूरा होगा",
    "किसानों को फसल का पूरा दाम मिलेगा", "चुनाव में पार्टी अपने दम पर उतरेगी",
    "बैठक में सभी विधायकों ने अपनी बात रखी", "सरकार जल्द नई योजना लाएगी"
  };
  private static final String[] FRAMES = {
    "%s ने कहा कि %s।",
    "%s ने सोमवार को पटना में बताया कि %s।",
    "सूत्रों के मुताबिक, %2$s।",
    "%s का कहना है कि %s।",
    "%s ने दिल्ली में विधायकों से मुलाकात की और कहा, \"%s\"।"
  };

  static List<Article> generated(int max) {
    Random r = new Random(42);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < Math.min(max, 200); i++) {
      StringBuilder body = new StringBuilder();
      int sentences = 15 + r.nextInt(20);
      for (int s = 0; s < sentences; s++) {
        String frame = FRAMES[r.nextInt(FRAMES.length)];
        body.append(
            String.format(
                frame, SUBJECTS[r.nextInt(SUBJECTS.length)], CLAUSES[r.nextInt(CLAUSES.length)]));
        body.append(s % 5 == 4 ? "\n\n" : " ");
      }
      out.add(
          new Article(
              "gen-" + i,
              LocalDate.of(2026, 1, 1).plusDays(i),
              "बैठक " + i,
              body.toString().strip(),
              null));
    }
    return out;
  }
}
