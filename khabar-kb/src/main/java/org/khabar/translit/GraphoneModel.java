package org.khabar.translit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A joint source-channel transliteration model (Li, Zhang and Su 2004; Bisani and Ney's graphones):
 * a word pair is a sequence of graphones, each a Latin chunk paired with a Devanagari chunk ({@code
 * kha|ख}, {@code r|र}, {@code ge|गे}), and an n-gram model over graphones scores the pair. Because
 * the model is joint, one model decodes both directions: given either side, a beam search over its
 * segmentations finds the best pairs and reads off the other side.
 *
 * <p>Trained by {@link GraphoneTrainer} (EM alignment, then counts), smoothed with interpolated
 * Witten-Bell. Immutable and thread-safe. Hand-written: no maintained Java library offers
 * transliteration learnt from word pairs (ICU's transliterators are rule-based).
 */
public final class GraphoneModel {

  static final int BOS = 0;
  static final int EOS = 1;
  private static final int BITS = 15;

  /** The largest graphone vocabulary a key can hold. */
  static final int MAX_GRAPHONES = 1 << BITS;

  private static final long MASK = (1L << BITS) - 1;
  private static final String MAGIC = "khabar graphone model v2";

  private final int order;
  private final String[] latin;
  private final String[] devanagari;
  private final int[] unigram;
  private final long total;
  private final int vocabulary;
  private final LongIntMap counts;

  /** Per history (as an n-gram key): total count of what follows it, and how many distinct. */
  private final LongIntMap historyTotal;

  private final LongIntMap historyDistinct;

  private final Map<String, int[]> byLatin;
  private final Map<String, int[]> byDevanagari;

  /** A decoded candidate and its log-probability under the joint model. */
  public record Candidate(String text, double logProb) {}

  GraphoneModel(int order, String[] latin, String[] devanagari, LongIntMap ngrams) {
    if (order < 1 || order > 4) {
      throw new IllegalArgumentException("order must be 1..4: " + order);
    }
    if (latin.length > MAX_GRAPHONES) {
      throw new IllegalArgumentException("too many graphones: " + latin.length);
    }
    this.order = order;
    this.latin = latin;
    this.devanagari = devanagari;
    this.counts = new LongIntMap(ngrams.size());
    this.historyTotal = new LongIntMap(ngrams.size() / 2);
    this.historyDistinct = new LongIntMap(ngrams.size() / 2);
    this.unigram = new int[latin.length];
    long[] t = new long[1];
    ngrams.forEach(
        (key, c) -> {
          int n = length(key);
          if (n == 1) {
            unigram[(int) (key & MASK)] += c;
            t[0] += c;
          } else {
            counts.add(key, c);
            long history = (strip(key) >>> BITS) | ((long) (n - 2) << 60);
            historyTotal.add(history, c);
            historyDistinct.add(history, 1);
          }
        });
    this.total = t[0];
    int v = 0;
    for (int c : unigram) {
      if (c > 0) {
        v++;
      }
    }
    this.vocabulary = v;
    this.byLatin = index(latin);
    this.byDevanagari = index(devanagari);
  }

  private Map<String, int[]> index(String[] side) {
    Map<String, List<Integer>> m = new HashMap<>();
    for (int g = 2; g < side.length; g++) {
      if (unigram[g] > 0) {
        m.computeIfAbsent(side[g], k -> new ArrayList<>()).add(g);
      }
    }
    Map<String, int[]> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  /** Keys: up to four graphone ids packed 15 bits each, and the length minus one in bits 60-61. */
  static long key(int... ids) {
    long k = 0;
    for (int id : ids) {
      k = (k << BITS) | id;
    }
    return k | ((long) (ids.length - 1) << 60);
  }

  private static int length(long key) {
    return (int) (key >>> 60) + 1;
  }

  private static long strip(long key) {
    return key & ((1L << 60) - 1);
  }

  public int order() {
    return order;
  }

  public int graphoneCount() {
    return vocabulary;
  }

  /**
   * log P(g | history) with interpolated Witten-Bell smoothing; {@code history} holds the previous
   * graphones, most recent last, and is used up to {@code order - 1} of them.
   */
  double logProb(int[] history, int hlen, int g) {
    double p = (unigram[g] + 1.0) / (total + vocabulary + 1.0);
    long ids = g;
    long hist = 0;
    for (int n = 1; n < order && n <= hlen; n++) {
      int h = history[hlen - n];
      hist = hist | ((long) h << ((n - 1) * BITS));
      ids = ids | ((long) h << (n * BITS));
      long hkey = hist | ((long) (n - 1) << 60);
      int ht = historyTotal.get(hkey, 0);
      if (ht == 0) {
        break;
      }
      int hd = historyDistinct.get(hkey, 0);
      int c = counts.get(ids | ((long) n << 60), 0);
      p = (c + hd * p) / (ht + hd);
    }
    return Math.log(p);
  }

  /** The k best Latin spellings of a Devanagari word. */
  public List<Candidate> toLatin(String devanagariWord, int k) {
    List<String> symbols = Graphones.devanagariSymbols(devanagariWord);
    if (symbols.isEmpty()) {
      return List.of();
    }
    return decode(symbols, byDevanagari, Graphones.MAX_DEVANAGARI, latin, k);
  }

  /** The k best Devanagari spellings of a Latin word. */
  public List<Candidate> toDevanagari(String latinWord, int k) {
    String letters = Graphones.latinLetters(latinWord);
    if (letters == null || letters.isEmpty()) {
      return List.of();
    }
    List<String> units = new ArrayList<>(letters.length());
    for (int i = 0; i < letters.length(); i++) {
      units.add(String.valueOf(letters.charAt(i)));
    }
    return decode(units, byLatin, Graphones.MAX_LATIN, devanagari, k);
  }

  /** A partial decoding: the graphone just added, its predecessor, the score and the output. */
  private record Hyp(Hyp parent, int g, double score, String out) {

    /** Fills {@code into} with the last graphones, oldest first; returns how many. */
    int history(int[] into) {
      int n = 0;
      for (Hyp h = this; h != null && n < into.length; h = h.parent) {
        n++;
      }
      int i = n;
      for (Hyp h = this; i > 0; h = h.parent) {
        into[--i] = h.g;
      }
      return n;
    }

    String state(int depth) {
      StringBuilder b = new StringBuilder(out).append('|');
      Hyp h = this;
      for (int i = 0; i < depth && h != null; i++, h = h.parent) {
        b.append(h.g).append(',');
      }
      return b.toString();
    }
  }

  private static final int BEAM = 8;

  private List<Candidate> decode(
      List<String> units, Map<String, int[]> index, int maxSpan, String[] outSide, int k) {
    int n = units.size();
    List<List<Hyp>> beams = new ArrayList<>(n + 1);
    for (int i = 0; i <= n; i++) {
      beams.add(new ArrayList<>());
    }
    beams.get(0).add(new Hyp(null, BOS, 0.0, ""));
    int[] hist = new int[Math.max(1, order - 1)];
    for (int i = 0; i < n; i++) {
      List<Hyp> beam = prune(beams.get(i), order - 1);
      if (beam.isEmpty()) {
        continue;
      }
      StringBuilder span = new StringBuilder();
      for (int len = 1; len <= maxSpan && i + len <= n; len++) {
        span.append(units.get(i + len - 1));
        int[] gs = index.get(span.toString());
        if (gs == null) {
          continue;
        }
        List<Hyp> next = beams.get(i + len);
        for (Hyp h : beam) {
          int hl = h.history(hist);
          for (int g : gs) {
            double s = h.score + logProb(hist, hl, g);
            next.add(new Hyp(h, g, s, h.out + outSide[g]));
          }
        }
      }
    }
    Map<String, Double> best = new LinkedHashMap<>();
    for (Hyp h : beams.get(n)) {
      int hl = h.history(hist);
      double s = h.score + logProb(hist, hl, EOS);
      best.merge(h.out, s, Math::max);
    }
    return best.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(k)
        .map(e -> new Candidate(e.getKey(), e.getValue()))
        .toList();
  }

  /** Keeps the best hypothesis per (recent graphones, output) and at most {@link #BEAM} of them. */
  private static List<Hyp> prune(List<Hyp> hyps, int depth) {
    if (hyps.size() <= 1) {
      return hyps;
    }
    Hyp[] arr = hyps.toArray(new Hyp[0]);
    Arrays.sort(arr, Comparator.comparingDouble(Hyp::score).reversed());
    List<Hyp> out = new ArrayList<>(BEAM);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Hyp h : arr) {
      if (seen.add(h.state(depth))) {
        out.add(h);
        if (out.size() == BEAM) {
          break;
        }
      }
    }
    return out;
  }

  // ---- persistence ----

  /**
   * Writes the model as gzipped binary: a header, the graphones (Latin and Devanagari sides), then
   * every n-gram as its length, graphone ids and count.
   */
  public void write(OutputStream out) throws IOException {
    try (DataOutputStream d =
        new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)))) {
      d.writeUTF(MAGIC);
      d.writeInt(order);
      d.writeInt(latin.length);
      for (int g = 2; g < latin.length; g++) {
        d.writeUTF(latin[g]);
        d.writeUTF(devanagari[g]);
      }
      List<long[]> grams = new ArrayList<>();
      for (int g = 0; g < unigram.length; g++) {
        if (unigram[g] > 0) {
          grams.add(new long[] {key(g), unigram[g]});
        }
      }
      counts.forEach((key, c) -> grams.add(new long[] {key, c}));
      grams.sort(Comparator.comparingLong(a -> a[0]));
      d.writeInt(grams.size());
      for (long[] e : grams) {
        long key = e[0];
        int n = length(key);
        d.writeByte(n);
        for (int i = n - 1; i >= 0; i--) {
          d.writeShort((int) ((key >>> (i * BITS)) & MASK));
        }
        d.writeInt((int) e[1]);
      }
    }
  }

  /** Reads a model written by {@link #write}. */
  public static GraphoneModel read(InputStream in) throws IOException {
    try (DataInputStream d =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16))) {
      String magic = d.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new IOException("not a graphone model: " + magic);
      }
      int order = d.readInt();
      int size = d.readInt();
      String[] lat = new String[size];
      String[] dev = new String[size];
      lat[BOS] = "<s>";
      dev[BOS] = "<s>";
      lat[EOS] = "</s>";
      dev[EOS] = "</s>";
      for (int g = 2; g < size; g++) {
        lat[g] = d.readUTF();
        dev[g] = d.readUTF();
      }
      int n = d.readInt();
      LongIntMap ngrams = new LongIntMap(n);
      int[] ids = new int[4];
      for (int i = 0; i < n; i++) {
        int len = d.readByte();
        for (int j = 0; j < len; j++) {
          ids[j] = d.readUnsignedShort();
        }
        ngrams.add(key(java.util.Arrays.copyOf(ids, len)), d.readInt());
      }
      return new GraphoneModel(order, lat, dev, ngrams);
    }
  }

  /** Loads a model from the classpath. */
  public static GraphoneModel fromResource(String name) {
    try (InputStream in = GraphoneModel.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing model resource " + name);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
