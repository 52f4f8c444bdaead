package org.khabar.cli;

import java.nio.file.Path;
import java.util.List;
import org.khabar.analysis.Analyzer;

/** Builds the analyser once per process for the verbs that need one. */
final class Analyzers {

  private Analyzers() {}

  static Analyzer get(List<Path> extraKb) {
    return extraKb == null || extraKb.isEmpty()
        ? Analyzer.standard()
        : Analyzer.withExtraKb(extraKb);
  }
}
