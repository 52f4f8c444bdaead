package org.khabar.io.json;

/** A JSON document that does not have the exchange shape, or whose spans do not fit its text. */
public final class InvalidDocumentJson extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidDocumentJson(String message) {
    super(message);
  }

  public InvalidDocumentJson(String message, Throwable cause) {
    super(message, cause);
  }
}
