package vn.policykb.ingest.source;

import java.util.Objects;

/**
 * One input file, read into memory.
 *
 * @param relativePath its path relative to the folder it was found in, with {@code /} separators;
 *     the document id of a file without URL derives from it
 * @param content its bytes
 */
public record SourceFile(String relativePath, byte[] content) {

  public SourceFile {
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(content, "content");
  }

  /** The file name's extension, lower case, without the dot; empty when there is none. */
  public String extension() {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
