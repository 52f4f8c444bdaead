package org.khabar.bench;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.SplittableRandom;
import org.khabar.model.Article;

/**
 * An endless, reproducible stream of generated Hindi political news, for memory and throughput
 * checks on inputs far larger than any corpus at hand. Sentences come from frames written for this
 * purpose, filled with people (first names × surnames, so that the knowledge base knows some and
 * transliteration meets many), posts, parties, places, numbers and quotes; each article is a few
 * hundred words. Nothing is kept between articles.
 */
public final class GeneratedNews implements Iterator<Article> {

  private static final String[] FIRST = {
    "राहुल", "सुनीता", "अमित", "प्रिया", "विजय", "कविता", "अरविंद", "नेहा", "संजय", "पूजा",
    "रमेश", "अंजलि", "दिनेश", "मीना", "अशोक", "रेखा", "मनोज", "सरिता", "प्रकाश", "ऊषा",
    "गिरिराज", "शबनम", "इरफ़ान", "हरप्रीत", "जगदीप", "तरुण", "वंदना", "योगेश", "लता", "बलवंत"
  };
  private static final String[] LAST = {
    "शर्मा", "वर्मा", "यादव", "सिंह", "गुप्ता", "मिश्रा", "पासवान", "चौधरी", "पटेल", "खान",
    "अंसारी", "तिवारी", "दुबे", "ठाकुर", "मौर्य", "कुशवाहा", "रावत", "नेगी", "सोलंकी", "बघेल",
    "गहलोत", "जाटव", "भारद्वाज", "सक्सेना", "श्रीवास्तव", "कश्यप", "पांडे", "राठौर", "मीणा", "बैरवा"
  };
  private static final String[] POSTS = {
    "मुख्यमंत्री",
    "प्रदेश अध्यक्ष",
    "प्रवक्ता",
    "विधायक",
    "सांसद",
    "जिलाधिकारी",
    "महासचिव",
    "केंद्रीय मंत्री",
    "नेता प्रतिपक्ष",
    "पूर्व मंत्री"
  };
  private static final String[] PARTIES = {
    "भाजपा",
    "कांग्रेस",
    "सपा",
    "बसपा",
    "राजद",
    "जदयू",
    "आम आदमी पार्टी",
    "तृणमूल कांग्रेस",
    "शिवसेना",
    "माकपा"
  };
  private static final String[] PLACES = {
    "पटना", "लखनऊ", "भोपाल", "जयपुर", "रांची", "दिल्ली", "देहरादून", "शिमला", "रायपुर", "गया",
    "मेरठ", "इंदौर", "कोटा", "बरेली", "अयोध्या", "नागपुर", "चंडीगढ़", "अजमेर", "झांसी", "हल्द्वानी"
  };
  private static final String[] DAYS = {
    "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"
  };
  private static final String[] CLAUSES = {
    "सरकार किसानों की हर मांग पर विचार करेगी",
    "अगले महीने से गांवों में नई सड़कों का काम शुरू होगा",
    "पार्टी आने वाला चुनाव अपने दम पर लड़ेगी",
    "बेरोजगारी सबसे बड़ा मुद्दा है और युवाओं को काम चाहिए",
    "विपक्ष जनता को गुमराह कर रहा है",
    "अस्पतालों में दवाओं की कमी नहीं होने दी जाएगी",
    "गठबंधन में किसी तरह का मतभेद नहीं है",
    "बाढ़ से प्रभावित परिवारों को जल्द मुआवजा मिलेगा",
    "स्कूलों में शिक्षकों की भर्ती इसी साल पूरी होगी",
    "महंगाई पर काबू पाने के लिए ठोस कदम उठाए जाएंगे"
  };
  private static final String[] FRAMES = {
    "{P} ने {D} को {L} में कहा कि {C}।",
    "{P} का कहना है कि {C}।",
    "{L} में आयोजित सभा में {P} ने कहा, \"{C}।\"",
    "{P} ने {D} को {L} में {N} कार्यकर्ताओं के साथ बैठक की।",
    "{Y} ने {L} सीट पर {N} वोटों से जीत दर्ज की।",
    "सूत्रों के मुताबिक, {C}।",
    "{P} ने आरोप लगाया कि {Y} के राज में {C2}।",
    "इस मौके पर {P} और {P} भी मौजूद रहे।",
    "{Y} ने {D} को {L} में {N} उम्मीदवारों की सूची जारी की।",
    "{P} ने बताया कि जिले में {N} लोगों को योजना का लाभ मिला है।"
  };
  private static final String[] CLAUSES_NEGATIVE = {
    "विकास का काम ठप पड़ा रहा",
    "अपराध लगातार बढ़ा",
    "किसानों की अनदेखी हुई",
    "भर्ती परीक्षाओं में धांधली हुई"
  };

  private final SplittableRandom random;
  private final LocalDate firstDay;
  private long next;

  public GeneratedNews(long seed) {
    this.random = new SplittableRandom(seed);
    this.firstDay = LocalDate.of(2024, 1, 1);
  }

  @Override
  public boolean hasNext() {
    return true;
  }

  @Override
  public Article next() {
    long n = next++;
    StringBuilder body = new StringBuilder(4096);
    int sentences = 12 + random.nextInt(24);
    for (int s = 0; s < sentences; s++) {
      body.append(sentence());
      body.append(s % 4 == 3 ? "\n\n" : " ");
    }
    String headline = person() + " ने कहा, " + pick(CLAUSES);
    return new Article(
        "gen-" + n, firstDay.plusDays(n % 1000), headline, body.toString().strip(), null);
  }

  private String sentence() {
    String frame = pick(FRAMES);
    StringBuilder b = new StringBuilder(frame.length() + 64);
    for (int i = 0; i < frame.length(); i++) {
      char c = frame.charAt(i);
      if (c != '{') {
        b.append(c);
        continue;
      }
      int end = frame.indexOf('}', i);
      String slot = frame.substring(i + 1, end);
      i = end;
      switch (slot) {
        case "P" ->
            b.append(pick(PARTIES)).append(' ').append(pick(POSTS)).append(' ').append(person());
        case "Y" -> b.append(pick(PARTIES));
        case "L" -> b.append(pick(PLACES));
        case "D" -> b.append(pick(DAYS));
        case "C" -> b.append(pick(CLAUSES));
        case "C2" -> b.append(pick(CLAUSES_NEGATIVE));
        case "N" -> b.append(100 + random.nextInt(90_000));
        default -> throw new IllegalStateException("unknown slot " + slot);
      }
    }
    return b.toString();
  }

  private String person() {
    return pick(FIRST) + " " + pick(LAST);
  }

  private String pick(String[] from) {
    return from[random.nextInt(from.length)];
  }
}
