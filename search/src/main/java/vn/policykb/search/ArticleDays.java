package vn.policykb.search;

import java.io.IOException;
import org.apache.lucene.search.Query;

/** The day and language of every article a query matches: what a timeline counts, from a search server. */
public interface ArticleDays {

  /**
   * Each distinct (group of copies, day, language) of the matches, once; a group with copies on
   * two days is given twice.
   */
  void forEach(Query query, Visitor visitor) throws IOException;

  @FunctionalInterface
  interface Visitor {
    /** @param day the epoch day, null for a copy without a date; @param lang null when unknown */
    void accept(String group, Long day, String lang);
  }
}
