package org.dragoman;

import java.io.IOException;

/** The index directory holds no Dragoman index, or one that cannot be read. */
public class IndexUnavailableException extends IOException {
  public IndexUnavailableException(String message) {
    super(message);
  }

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
