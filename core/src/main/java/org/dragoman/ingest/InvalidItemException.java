package org.dragoman.ingest;

/**
 * One input item is bad; the message is the reason a user reads, naming the value and the rule.
 * Readers turn it into an {@link org.dragoman.model.IngestProblem} and go on with the next item.
 */
class InvalidItemException extends Exception {
  InvalidItemException(String reason) {
    super(reason);
  }

  InvalidItemException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
