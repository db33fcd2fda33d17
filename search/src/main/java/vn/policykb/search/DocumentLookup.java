package vn.policykb.search;

import java.io.IOException;
import java.util.Optional;

/** Documents by id, and what the archive holds about a resolution or a person. */
public interface DocumentLookup {

  Optional<StoredDocument> document(String id) throws IOException;

  /** The articles citing a resolution ({@code 57}), by month and language, and the latest of them. */
  Coverage resolutionCoverage(String number, int latest) throws IOException;

  /** The articles naming a person (as the index writes a person), by month and language, and the latest. */
  Coverage personCoverage(String personKey, int latest) throws IOException;

  /** The name texts give a person the registry lacks, as its first mention writes it. */
  Optional<String> personName(String personKey) throws IOException;
}
