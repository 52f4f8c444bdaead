package org.khabar.archive.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.khabar.archive.names.CrossScript;

/**
 * Replaces each token by its cross-script forms: its romanizations or its consonant skeletons (the
 * first in place, the others stacked at the same position). Tokens with no form (numbers, short
 * skeletons) are dropped and their positions kept, so phrase queries still line up.
 */
final class CrossScriptFilter extends TokenFilter {

  enum Mode {
    ROMAN,
    SKELETON
  }

  private final CrossScript crossScript;
  private final Mode mode;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  private State saved;
  private int skipped;

  CrossScriptFilter(TokenStream input, CrossScript crossScript, Mode mode) {
    super(input);
    this.crossScript = crossScript;
    this.mode = mode;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(saved);
      term.setEmpty().append(pending.poll());
      posInc.setPositionIncrement(0);
      return true;
    }
    while (input.incrementToken()) {
      String word = term.toString();
      List<String> forms;
      forms = mode == Mode.ROMAN ? crossScript.romanizations(word) : crossScript.skeletons(word);
      if (forms.isEmpty()) {
        skipped += posInc.getPositionIncrement();
        continue;
      }
      posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
      skipped = 0;
      term.setEmpty().append(forms.get(0));
      if (forms.size() > 1) {
        pending.addAll(forms.subList(1, forms.size()));
        saved = captureState();
      }
      return true;
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    saved = null;
    skipped = 0;
  }
}
