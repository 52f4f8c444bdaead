package org.khabar.archive.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.khabar.archive.names.CrossScript;

/**
 * The analyzers of the text fields. All start from ICU's word segmentation, so token offsets are
 * offsets into the original text (used for highlighting). The fold field is the lossy one (Lucene's
 * Indic and Hindi normalisers and light stemmer): it is indexed, never stored or shown.
 */
public final class ArchiveAnalyzers {

  private ArchiveAnalyzers() {}

  /** ICU tokens, NFKC case-folded (also unifies nukta forms and drops ZWJ/ZWNJ). */
  public static Analyzer exact() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ICUTokenizer();
        return new TokenStreamComponents(t, new ICUNormalizer2Filter(t));
      }
    };
  }

  /** Exact, then Indic and Hindi normalisation and Hindi light stemming. */
  public static Analyzer fold() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ICUTokenizer();
        TokenStream s = new ICUNormalizer2Filter(t);
        s = new IndicNormalizationFilter(s);
        s = new HindiNormalizationFilter(s);
        s = new HindiStemFilter(s);
        return new TokenStreamComponents(t, s);
      }
    };
  }

  /** Every word's romanizations. */
  public static Analyzer translit(CrossScript crossScript) {
    return crossScript(crossScript, CrossScriptFilter.Mode.ROMAN);
  }

  /** Every word's consonant skeleton. */
  public static Analyzer skeleton(CrossScript crossScript) {
    return crossScript(crossScript, CrossScriptFilter.Mode.SKELETON);
  }

  private static Analyzer crossScript(CrossScript cs, CrossScriptFilter.Mode mode) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ICUTokenizer();
        return new TokenStreamComponents(t, new CrossScriptFilter(t, cs, mode));
      }
    };
  }

  /** The analyzer of every field of the index (keyword for the rest). */
  public static Analyzer perField(CrossScript crossScript) {
    Analyzer fold = fold();
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(
            Fields.EXACT, exact(),
            Fields.FOLD, fold,
            Fields.HEADLINE, fold,
            Fields.TRANSLIT, translit(crossScript),
            Fields.SKELETON, skeleton(crossScript)));
  }
}
