package vn.policykb.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.SearcherManager;

/**
 * What searching needs of an index: searchers over what is committed, refreshed as it changes, and
 * the analyzer its fields were written with.
 */
public interface SearchableIndex {

  SearcherManager searchers();

  Analyzer analyzer();
}
