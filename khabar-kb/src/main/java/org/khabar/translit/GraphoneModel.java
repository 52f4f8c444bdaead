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

  /**
   * The n-grams of two graphones or more, grouped by history (the graphones before the last one): a
   * history key (its ids, most recent lowest, and its length minus one in bits 60-61) gives its
   * row; row {@code r} holds the total count of what follows the history, and its followers in
   * {@code follower[rowStart[r] .. rowStart[r + 1])}, ascending, with their counts. Decoding looks
   * up one row per hypothesis and then searches a short contiguous array per next graphone, where
   * one hash lookup per n-gram in a table of tens of megabytes missed the cache every time.
   */
  private final LongIntMap historyRow;

  private final long[] rowKey;
  private final int[] rowStart;
  private final int[] rowTotal;
  private final int[] follower;
  private final int[] followerCount;

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
    this.unigram = new int[latin.length];
    long[] t = new long[1];
    long[] longer = new long[ngrams.size()];
    int[] m = new int[1];
    ngrams.forEach(
        (key, c) -> {
          if (length(key) == 1) {
            unigram[(int) (key & MASK)] += c;
            t[0] += c;
          } else {
            longer[m[0]++] = key;
          }
        });
    this.total = t[0];
    // Sorted keys come grouped by length, then by history, then by last graphone.
    long[] grams = Arrays.copyOf(longer, m[0]);
    Arrays.sort(grams);
    int rows = 0;
    for (int i = 0; i < grams.length; i++) {
      if (i == 0 || history(grams[i]) != history(grams[i - 1])) {
        rows++;
      }
    }
    this.historyRow = new LongIntMap(rows);
    this.rowKey = new long[rows];
    this.rowStart = new int[rows + 1];
    this.rowTotal = new int[rows];
    this.follower = new int[grams.length];
    this.followerCount = new int[grams.length];
    int r = -1;
    for (int i = 0; i < grams.length; i++) {
      long h = history(grams[i]);
      if (r < 0 || h != rowKey[r]) {
        r++;
        rowKey[r] = h;
        rowStart[r] = i;
        historyRow.add(h, r);
      }
      int c = ngrams.get(grams[i], 0);
      follower[i] = (int) (grams[i] & MASK);
      followerCount[i] = c;
      rowTotal[r] += c;
    }
    rowStart[rows] = grams.length;
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

  /** The history key of an n-gram of two graphones or more (as {@link Context#set} builds it). */
  private static long history(long key) {
    return (strip(key) >>> BITS) | ((long) (length(key) - 2) << 60);
  }

  public int order() {
    return order;
  }

  public int graphoneCount() {
    return vocabulary;
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

  /**
   * A partial decoding that survived pruning: the graphone just added, its predecessor and the
   * score. Its output is spelt out when first asked for, and kept.
   */
  private static final class Hyp {
    final Hyp parent;
    final int g;
    final double score;
    private String out;

    Hyp(Hyp parent, int g, double score) {
      this.parent = parent;
      this.g = g;
      this.score = score;
    }

    String out(String[] outSide) {
      if (out == null) {
        out = parent == null ? "" : parent.out(outSide) + outSide[g];
      }
      return out;
    }
  }

  /**
   * The extensions that end at one position, in the order they were made: a predecessor, a graphone
   * and a score each, in parallel arrays. Only the few that pruning keeps become {@link Hyp}s.
   */
  private static final class Extensions {
    Hyp[] parent = new Hyp[64];
    int[] g = new int[64];
    double[] score = new double[64];
    int size;

    void add(Hyp p, int graphone, double s) {
      if (size == g.length) {
        parent = Arrays.copyOf(parent, size * 2);
        g = Arrays.copyOf(g, size * 2);
        score = Arrays.copyOf(score, size * 2);
      }
      parent[size] = p;
      g[size] = graphone;
      score[size] = s;
      size++;
    }

    Hyp hyp(int i) {
      return new Hyp(parent[i], g[i], score[i]);
    }
  }

  /**
   * log P(g | history) with interpolated Witten-Bell smoothing, for one history: the last {@code
   * order - 1} graphones of a hypothesis. The history's rows are looked up once (in {@link #set}),
   * then each next graphone costs a search among the rows' followers.
   */
  private final class Context {
    final int[] rows = new int[Math.max(1, order)];
    final int[] totals = new int[Math.max(1, order)];
    final int[] distinct = new int[Math.max(1, order)];
    int levels;

    /** The history ending with graphone {@code last}, preceded by {@code before}'s. */
    void set(int last, Hyp before) {
      long hist = 0;
      levels = 0;
      int g = last;
      Hyp at = before;
      for (int n = 1; n < order; n++) {
        hist = hist | ((long) g << ((n - 1) * BITS));
        int row = historyRow.get(hist | ((long) (n - 1) << 60), -1);
        if (row < 0 || rowTotal[row] == 0) {
          break;
        }
        rows[n] = row;
        totals[n] = rowTotal[row];
        distinct[n] = rowStart[row + 1] - rowStart[row];
        levels = n;
        if (at == null) {
          break;
        }
        g = at.g;
        at = at.parent;
      }
    }

    double logProb(int g) {
      double p = (unigram[g] + 1.0) / (total + vocabulary + 1.0);
      for (int n = 1; n <= levels; n++) {
        int ht = totals[n];
        int hd = distinct[n];
        int row = rows[n];
        int at = Arrays.binarySearch(follower, rowStart[row], rowStart[row + 1], g);
        int c = at >= 0 ? followerCount[at] : 0;
        p = (c + hd * p) / (ht + hd);
      }
      return Math.log(p);
    }
  }

  private static final int BEAM = 8;

  private List<Candidate> decode(
      List<String> units, Map<String, int[]> index, int maxSpan, String[] outSide, int k) {
    int n = units.size();
    Extensions[] ends = new Extensions[n + 1];
    List<Hyp> beam = List.of(new Hyp(null, BOS, 0.0));
    List<Context> contexts = new ArrayList<>(BEAM);
    StringBuilder span = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        beam = ends[i] == null ? List.of() : prune(ends[i], order - 1, outSide);
        ends[i] = null;
      }
      if (beam.isEmpty()) {
        continue;
      }
      while (contexts.size() < beam.size()) {
        contexts.add(new Context());
      }
      for (int b = 0; b < beam.size(); b++) {
        Hyp h = beam.get(b);
        contexts.get(b).set(h.g, h.parent);
      }
      span.setLength(0);
      for (int len = 1; len <= maxSpan && i + len <= n; len++) {
        span.append(units.get(i + len - 1));
        int[] gs = index.get(span.toString());
        if (gs == null) {
          continue;
        }
        if (ends[i + len] == null) {
          ends[i + len] = new Extensions();
        }
        Extensions next = ends[i + len];
        for (int b = 0; b < beam.size(); b++) {
          Hyp h = beam.get(b);
          Context ctx = contexts.get(b);
          for (int g : gs) {
            next.add(h, g, h.score + ctx.logProb(g));
          }
        }
      }
    }
    Extensions last = ends[n];
    if (last == null || k <= 0) {
      return List.of();
    }
    Context ctx = new Context();
    double[] finals = new double[last.size];
    for (int i = 0; i < last.size; i++) {
      ctx.set(last.g[i], last.parent[i]);
      finals[i] = last.score[i] + ctx.logProb(EOS);
    }
    return best(last, finals, outSide, k);
  }

  /**
   * The {@code k} best distinct outputs, each with its best score, by falling score; among equal
   * scores, the output met first comes first. Ranked off a heap so that only the winners are spelt
   * out; when two different outputs tie, every output is spelt out to order them.
   */
  private static List<Candidate> best(Extensions last, double[] finals, String[] outSide, int k) {
    IndexHeap heap = new IndexHeap(finals, last.size);
    List<Candidate> out = new ArrayList<>(k);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (!heap.isEmpty()) {
      int i = heap.peek();
      if (out.size() >= k && finals[i] < out.get(out.size() - 1).logProb()) {
        break;
      }
      heap.poll();
      String text = last.hyp(i).out(outSide);
      if (seen.add(text)) {
        if (!out.isEmpty() && out.get(out.size() - 1).logProb() == finals[i]) {
          return bestByFirstSeen(last, finals, outSide, k);
        }
        out.add(new Candidate(text, finals[i]));
      }
    }
    return out;
  }

  private static List<Candidate> bestByFirstSeen(
      Extensions last, double[] finals, String[] outSide, int k) {
    Map<String, Double> best = new LinkedHashMap<>();
    for (int i = 0; i < last.size; i++) {
      best.merge(last.hyp(i).out(outSide), finals[i], Math::max);
    }
    return best.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(k)
        .map(e -> new Candidate(e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * Keeps the best extension per (recent graphones, output) and at most {@link #BEAM} of them, in
   * order of falling score, earlier first among equal scores (a stable sort's order). A heap yields
   * them best first, so only the few that are kept, and the duplicates met on the way, are ever
   * ranked or spelt out.
   */
  private static List<Hyp> prune(Extensions ext, int depth, String[] outSide) {
    if (ext.size == 1) {
      return List.of(ext.hyp(0));
    }
    IndexHeap heap = new IndexHeap(ext.score, ext.size);
    List<Hyp> out = new ArrayList<>(BEAM);
    java.util.Set<String> seen = new java.util.HashSet<>();
    StringBuilder state = new StringBuilder();
    while (!heap.isEmpty()) {
      Hyp h = ext.hyp(heap.poll());
      state.setLength(0);
      state.append(h.out(outSide)).append('|');
      Hyp at = h;
      for (int i = 0; i < depth && at != null; i++, at = at.parent) {
        state.append(at.g).append(',');
      }
      if (seen.add(state.toString())) {
        out.add(h);
        if (out.size() == BEAM) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * A binary max-heap of indices into a score array: higher score first, lower index first among
   * equal scores (a stable sort by falling score). Built in linear time.
   */
  private static final class IndexHeap {
    private final double[] score;
    private final int[] heap;
    private int size;

    IndexHeap(double[] score, int size) {
      this.score = score;
      this.size = size;
      heap = new int[size];
      for (int i = 0; i < size; i++) {
        heap[i] = i;
      }
      for (int i = size / 2 - 1; i >= 0; i--) {
        down(i);
      }
    }

    boolean isEmpty() {
      return size == 0;
    }

    int peek() {
      return heap[0];
    }

    int poll() {
      int top = heap[0];
      heap[0] = heap[--size];
      down(0);
      return top;
    }

    private boolean before(int a, int b) {
      int c = Double.compare(score[a], score[b]);
      return c > 0 || (c == 0 && a < b);
    }

    private void down(int i) {
      int at = i;
      while (true) {
        int l = 2 * at + 1;
        if (l >= size) {
          return;
        }
        int r = l + 1;
        int child = r < size && before(heap[r], heap[l]) ? r : l;
        if (!before(heap[child], heap[at])) {
          return;
        }
        int t = heap[at];
        heap[at] = heap[child];
        heap[child] = t;
        at = child;
      }
    }
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
      for (int r = 0; r < rowKey.length; r++) {
        long hist = strip(rowKey[r]) << BITS;
        long length = ((rowKey[r] >>> 60) + 1) << 60;
        for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
          grams.add(new long[] {hist | follower[i] | length, followerCount[i]});
        }
      }
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
