package org.dragoman;

/**
 * The index directory holds a Dragoman index written by an older version whose schema this one
 * cannot search correctly. The articles must be indexed again; an application that owns the
 * directory (a cache of a known corpus) may delete and rebuild it.
 *
 * <pre>{@code
 * try {
 *   return DragomanIndex.openExisting(dir);
 * } catch (IndexSchemaTooOldException e) {
 *   // e.foundVersion() < e.readableVersion(): rebuild the index from its sources
 * }
 * }</pre>
 */
public class IndexSchemaTooOldException extends IndexUnavailableException {
  private final int foundVersion;
  private final int readableVersion;

  /**
   * @param message what was found and what to do
   * @param foundVersion the schema version written in the index
   * @param readableVersion the schema version this Dragoman reads
   */
  public IndexSchemaTooOldException(String message, int foundVersion, int readableVersion) {
    super(message);
    if (foundVersion >= readableVersion) {
      throw new IllegalArgumentException(
          "found version " + foundVersion + " is not older than " + readableVersion);
    }
    this.foundVersion = foundVersion;
    this.readableVersion = readableVersion;
  }

  /** The schema version written in the index. */
  public int foundVersion() {
    return foundVersion;
  }

  /** The schema version this Dragoman reads. */
  public int readableVersion() {
    return readableVersion;
  }
}
