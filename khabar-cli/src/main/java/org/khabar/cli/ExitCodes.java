package org.khabar.cli;

/** Process exit codes shared by every verb. */
final class ExitCodes {
  /** Everything worked. */
  static final int OK = 0;

  /** Some input could not be processed (the rest was). */
  static final int FAILED = 1;

  /** The command line was wrong. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
