package org.khabar.text;

import static org.khabar.text.CharClass.DEVANAGARI;
import static org.khabar.text.CharClass.DIGIT;
import static org.khabar.text.CharClass.LATIN;
import static org.khabar.text.CharClass.LETTER;
import static org.khabar.text.CharClass.MARK;
import static org.khabar.text.CharClass.PUNCT;
import static org.khabar.text.CharClass.SPACE;
import static org.khabar.text.CharClass.SYMBOL;

import com.ibm.icu.lang.UCharacter;
import java.util.Arrays;
import java.util.Objects;
import org.khabar.model.TokenKind;

/**
 * Splits canonical text (see {@link Canonicalizer}) into tokens of mixed Devanagari, Latin, digits
 * and punctuation.
 *
 * <p>Hand-written as one forward pass over code points with a precomputed character-class table
 * ({@link CharClass}): ICU's word BreakIterator and Lucene's tokenizers do not make the project's
 * decisions (split hyphenated names, keep "COVID-19", "1,20,000" and "के.सी." whole, treat a dot
 * after "डॉ" as part of the word), regular expressions would backtrack on long runs, and the text
 * layer has to run at several million characters a second. No allocation happens per character;
 * look-ahead is bounded by the length of the current word.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>A word is a run of letters of one script (Devanagari, Latin or other), digits and combining
 *       marks (matras, virama, nukta, anusvara, chandrabindu) and the joiners. A change between
 *       letter scripts starts a new token; letters with digits stay together ("G20", "10वीं") as
 *       {@link TokenKind#MIXED}.
 *   <li>Hyphens split words ("लालू-तेजस्वी" → लालू, -, तेजस्वी) except letters followed by a number
 *       ("COVID-19", "कोविड-19").
 *   <li>Numbers keep decimal points ("3.5"), Indian or Western digit grouping ("1,20,000"), times
 *       ("10:30") and whole dates ("2026-01-24", "24/01/2026"). A currency sign is its own token.
 *   <li>A word keeps the full stop after it when it is a listed abbreviation ({@link
 *       Abbreviations}), when it starts a chain of short units each followed by a dot ("के.सी.",
 *       "उ.प्र.", "U.S."), or when it is a capital Latin initial before a capitalised word ("K.
 *       Kamaraj"). Such tokens are <em>dotted</em>: a sentence never ends after them.
 *   <li>URLs ({@code http://}, {@code https://}, {@code www.}) and e-mail addresses are one token
 *       of kind {@link TokenKind#OTHER}; trailing sentence punctuation is left out.
 *   <li>Every other punctuation mark is a token of its own; a run of the same mark ("...", "!!",
 *       "--") is one token, except for quotes and brackets. Symbols are single tokens (emoji keep
 *       their modifiers and ZWJ sequences).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class Tokenizer {

  private final Abbreviations abbreviations;

  Tokenizer(Abbreviations abbreviations) {
    this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
  }

  /** Token spans of a canonical text. */
  Spans tokenize(String s) {
    int n = s.length();
    Spans out = new Spans(Math.max(16, n / 5));
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      byte cls = CharClass.of(cp);
      switch (cls) {
        case SPACE -> i += Character.charCount(cp);
        case DEVANAGARI, LATIN, LETTER, DIGIT -> i = word(s, i, cls, out);
        case PUNCT -> i = punctuation(s, i, cp, out);
        case SYMBOL -> i = symbol(s, i, cp, out);
        default -> i = other(s, i, cp, out);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------ words

  private int word(String s, int start, byte firstClass, Spans out) {
    int n = s.length();
    if (firstClass == LATIN || firstClass == DIGIT) {
      int e = url(s, start);
      if (e < 0) {
        e = email(s, start);
      }
      if (e > start) {
        out.add(start, e, TokenKind.OTHER, false);
        return e;
      }
    }
    if (firstClass == DIGIT) {
      int e = date(s, start);
      if (e > start) {
        out.add(start, e, TokenKind.NUMBER, false);
        return e;
      }
    }
    byte script = 0; // letter class of the word, 0 until a letter is seen
    boolean digits = false;
    boolean joined = false; // absorbed a connector (hyphen, comma, point, colon, apostrophe)
    byte last = 0; // DIGIT or a letter class: what the word ended with so far
    int i = start;
    while (i < n) {
      int cp = s.codePointAt(i);
      byte cls = CharClass.of(cp);
      if (cls == MARK) {
        i += Character.charCount(cp);
        continue;
      }
      if (cls == DIGIT) {
        digits = true;
        last = DIGIT;
        i += Character.charCount(cp);
        continue;
      }
      if (CharClass.isLetter(cls)) {
        if (script != 0 && script != cls) {
          break;
        }
        script = cls;
        last = cls;
        i += Character.charCount(cp);
        continue;
      }
      char c = s.charAt(i);
      if (c == '.') {
        if (last == DIGIT && isDigitAt(s, i + 1)) {
          joined = true;
          i++;
          continue;
        }
        if (last != DIGIT && !digits && !joined) {
          int e = dottedEnd(s, start, i, script);
          if (e > i) {
            out.add(start, e, kind(script, false), true);
            return e;
          }
        }
        break;
      }
      if (c == ',' && last == DIGIT && script == 0) {
        int e = digitGroupEnd(s, i + 1);
        if (e > 0) {
          joined = true;
          i = e;
          continue;
        }
        break;
      }
      if (c == ':' && last == DIGIT && script == 0 && digitRun(s, i + 1) == 2) {
        joined = true;
        i += 3;
        continue;
      }
      if (isHyphen(c) && last != DIGIT && !digits && isDigitAt(s, i + 1)) {
        joined = true;
        i++;
        continue;
      }
      if ((c == '\'' || c == '\u2019')
          && script == LATIN
          && last == LATIN
          && i + 1 < n
          && CharClass.of(s.codePointAt(i + 1)) == LATIN) {
        joined = true;
        i++;
        continue;
      }
      break;
    }
    out.add(start, i, kind(script, digits), false);
    return i;
  }

  private static TokenKind kind(byte script, boolean digits) {
    if (script == 0) {
      return TokenKind.NUMBER;
    }
    if (digits) {
      return TokenKind.MIXED;
    }
    return switch (script) {
      case DEVANAGARI -> TokenKind.DEVANAGARI;
      case LATIN -> TokenKind.LATIN;
      default -> TokenKind.OTHER;
    };
  }

  /**
   * Where a word ending at the full stop {@code dot} ends if it keeps that stop (and maybe more
   * dotted units after it), or -1 when the stop is sentence punctuation.
   */
  private int dottedEnd(String s, int start, int dot, byte script) {
    int n = s.length();
    if (dot + 1 < n && s.charAt(dot + 1) == '.') {
      return -1; // an ellipsis
    }
    if (isShortUnit(s, start, dot, script)) {
      int units = 1;
      int lastDot = dot;
      int q = dot + 1;
      while (q < n) {
        int u = q;
        while (u < n) {
          int cp = s.codePointAt(u);
          byte cls = CharClass.of(cp);
          if (cls != script && cls != MARK) {
            break;
          }
          u += Character.charCount(cp);
        }
        if (u == q
            || u >= n
            || s.charAt(u) != '.'
            || !isShortUnit(s, q, u, script)
            || (u + 1 < n && s.charAt(u + 1) == '.')) {
          break;
        }
        units++;
        lastDot = u;
        q = u + 1;
      }
      if (units >= 2) {
        return lastDot + 1;
      }
    }
    if (abbreviations.contains(s, start, dot)) {
      return dot + 1;
    }
    if (script == LATIN
        && dot - start == 1
        && Character.isUpperCase(s.charAt(start))
        && dot + 2 < n
        && s.charAt(dot + 1) == ' '
        && CharClass.of(s.codePointAt(dot + 2)) == LATIN
        && Character.isUpperCase(s.codePointAt(dot + 2))) {
      return dot + 1;
    }
    return -1;
  }

  /** A unit of an initial chain: at most two Devanagari syllables or three Latin letters. */
  private static boolean isShortUnit(String s, int begin, int end, byte script) {
    if (begin >= end || CharClass.of(s.codePointAt(begin)) == MARK) {
      return false;
    }
    if (script == DEVANAGARI) {
      int syllables = 0;
      int prev = 0;
      for (int i = begin; i < end; ) {
        int cp = s.codePointAt(i);
        if (CharClass.isDevanagariVowel(cp)
            || (CharClass.isDevanagariConsonant(cp) && prev != CharClass.VIRAMA)
            || (CharClass.of(cp) == DEVANAGARI
                && !CharClass.isDevanagariConsonant(cp)
                && !CharClass.isDevanagariVowel(cp))) {
          syllables++;
        }
        prev = cp;
        i += Character.charCount(cp);
      }
      return syllables >= 1 && syllables <= 2;
    }
    if (script == LATIN) {
      int letters = 0;
      for (int i = begin; i < end; ) {
        int cp = s.codePointAt(i);
        if (CharClass.of(cp) == LATIN) {
          letters++;
        }
        i += Character.charCount(cp);
      }
      return letters >= 1 && letters <= 3;
    }
    return false;
  }

  // ---------------------------------------------------------------------------------- numbers

  private static boolean isDigitAt(String s, int i) {
    return i < s.length() && CharClass.of(s.codePointAt(i)) == DIGIT;
  }

  /** How many digits (code points) start at {@code i}. */
  private static int digitRun(String s, int i) {
    int n = s.length();
    int count = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      if (CharClass.of(cp) != DIGIT) {
        break;
      }
      count++;
      i += Character.charCount(cp);
    }
    return count;
  }

  /** After a grouping comma: the end of a group of 2 or 3 digits not followed by a digit, or -1. */
  private static int digitGroupEnd(String s, int i) {
    int count = 0;
    int n = s.length();
    int j = i;
    while (j < n && count <= 3) {
      int cp = s.codePointAt(j);
      if (CharClass.of(cp) != DIGIT) {
        break;
      }
      count++;
      j += Character.charCount(cp);
    }
    return count == 2 || count == 3 ? j : -1;
  }

  /** A whole date "2026-01-24", "24-01-2026", "24/01/2026" or "24.01.26", or -1. */
  private static int date(String s, int start) {
    int a = asciiDigits(s, start);
    if (a != 4 && a != 1 && a != 2) {
      return -1;
    }
    int p = start + a;
    if (p >= s.length()) {
      return -1;
    }
    char sep = s.charAt(p);
    if (sep != '-' && sep != '/' && sep != '.') {
      return -1;
    }
    int b = asciiDigits(s, p + 1);
    int q = p + 1 + b;
    if (b < 1 || b > 2 || q >= s.length() || s.charAt(q) != sep) {
      return -1;
    }
    int c = asciiDigits(s, q + 1);
    int end = q + 1 + c;
    boolean ymd = a == 4 && b == 2 && c == 2;
    boolean dmy = a <= 2 && (c == 2 || c == 4);
    if (!(ymd || dmy) || (end < s.length() && CharClass.of(s.codePointAt(end)) == DIGIT)) {
      return -1;
    }
    return end;
  }

  private static int asciiDigits(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    return j - i;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  // ---------------------------------------------------------------------------- URLs, e-mail

  private static int url(String s, int start) {
    int prefix;
    if (s.regionMatches(true, start, "https://", 0, 8)) {
      prefix = 8;
    } else if (s.regionMatches(true, start, "http://", 0, 7)) {
      prefix = 7;
    } else if (s.regionMatches(true, start, "www.", 0, 4)) {
      prefix = 4;
    } else {
      return -1;
    }
    int n = s.length();
    int e = start + prefix;
    while (e < n) {
      char c = s.charAt(e);
      if (Character.isWhitespace(c) || "\"<>“”‘’«»।॥|{}".indexOf(c) >= 0) {
        break;
      }
      e++;
    }
    while (e > start + prefix) {
      char c = s.charAt(e - 1);
      if (".,;:!?'".indexOf(c) >= 0
          || (c == ')' && count(s, start, e, '(') < count(s, start, e, ')'))
          || (c == ']' && count(s, start, e, '[') < count(s, start, e, ']'))) {
        e--;
      } else {
        break;
      }
    }
    if (e == start + prefix || !Character.isLetterOrDigit(s.codePointAt(start + prefix))) {
      return -1;
    }
    return e;
  }

  private static int count(String s, int from, int to, char c) {
    int k = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        k++;
      }
    }
    return k;
  }

  private static int email(String s, int start) {
    int n = s.length();
    int at = start;
    while (at < n && isEmailLocal(s.charAt(at))) {
      at++;
    }
    if (at == start || at >= n || s.charAt(at) != '@') {
      return -1;
    }
    int e = at + 1;
    int lastDot = -1;
    while (e < n && (isAsciiAlnum(s.charAt(e)) || s.charAt(e) == '-' || s.charAt(e) == '.')) {
      if (s.charAt(e) == '.') {
        lastDot = e;
      }
      e++;
    }
    while (e > at + 1 && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == '-')) {
      e--;
    }
    if (lastDot < 0 || lastDot >= e - 1 || lastDot == at + 1 || !isAsciiLetter(s.charAt(e - 1))) {
      return -1;
    }
    return e;
  }

  private static boolean isEmailLocal(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isAsciiAlnum(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  // ------------------------------------------------------------ punctuation, symbols, other

  private static int punctuation(String s, int start, int cp, Spans out) {
    int e = start + Character.charCount(cp);
    if (repeats(cp)) {
      while (e < s.length() && s.codePointAt(e) == cp) {
        e += Character.charCount(cp);
      }
    }
    e = skipMarks(s, e);
    out.add(start, e, TokenKind.PUNCTUATION, false);
    return e;
  }

  private static boolean repeats(int cp) {
    if (cp == '"' || cp == '\'') {
      return false;
    }
    int type = UCharacter.getType(cp);
    return type != UCharacter.START_PUNCTUATION
        && type != UCharacter.END_PUNCTUATION
        && type != UCharacter.INITIAL_PUNCTUATION
        && type != UCharacter.FINAL_PUNCTUATION;
  }

  private static int symbol(String s, int start, int cp, Spans out) {
    int n = s.length();
    int e = start + Character.charCount(cp);
    if (isRegionalIndicator(cp) && e < n && isRegionalIndicator(s.codePointAt(e))) {
      e += 2; // a flag: two regional indicators (both supplementary)
    }
    while (e < n) {
      int next = s.codePointAt(e);
      byte cls = CharClass.of(next);
      if (cls == MARK || (next >= 0x1F3FB && next <= 0x1F3FF)) {
        e += Character.charCount(next);
      } else if (cls == SYMBOL && s.charAt(e - 1) == Canonicalizer.ZWJ) {
        e += Character.charCount(next); // emoji ZWJ sequence
      } else {
        break;
      }
    }
    out.add(start, e, TokenKind.SYMBOL, false);
    return e;
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static int other(String s, int start, int cp, Spans out) {
    int e = start + Character.charCount(cp);
    if (cp == 0xFFFD) {
      while (e < s.length() && s.charAt(e) == 0xFFFD) {
        e++;
      }
    }
    e = skipMarks(s, e);
    out.add(start, e, TokenKind.OTHER, false);
    return e;
  }

  private static int skipMarks(String s, int i) {
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (CharClass.of(cp) != MARK) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** Token spans in canonical text, in growable parallel arrays. */
  static final class Spans {
    int[] begin;
    int[] end;
    TokenKind[] kind;
    boolean[] dotted;
    int size;

    Spans(int capacity) {
      begin = new int[capacity];
      end = new int[capacity];
      kind = new TokenKind[capacity];
      dotted = new boolean[capacity];
    }

    void add(int b, int e, TokenKind k, boolean dot) {
      if (size == begin.length) {
        int cap = size * 2;
        begin = Arrays.copyOf(begin, cap);
        end = Arrays.copyOf(end, cap);
        kind = Arrays.copyOf(kind, cap);
        dotted = Arrays.copyOf(dotted, cap);
      }
      begin[size] = b;
      end[size] = e;
      kind[size] = k;
      dotted[size] = dot;
      size++;
    }
  }
}
