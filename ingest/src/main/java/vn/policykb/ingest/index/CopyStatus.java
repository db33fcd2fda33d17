package vn.policykb.ingest.index;

import vn.policykb.ingest.dedup.TextSignature;

/**
 * Where a document stands among the copies of its article, as decided when it was read.
 *
 * @param group the id of the group's first document; the document's own id when it copies none
 * @param duplicateOf the id of the document first indexed with the very same text, or null
 * @param nearDuplicateOf the id of the document whose text this one nearly repeats, or null
 * @param signature the signature of its text, or null for a text too short to compare or an exact
 *     duplicate (its original stands for it)
 */
public record CopyStatus(String group, String duplicateOf, String nearDuplicateOf, TextSignature signature) {

  public static CopyStatus original(String id, TextSignature signature) {
    return new CopyStatus(id, null, null, signature);
  }
}
