package vn.policykb.search;

import java.io.IOException;

/** What the results of a search are about, beyond the words searched. */
public interface ThemeSource {

  ResultThemes of(SearchRequest request) throws IOException;
}
