package vn.policykb.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.analysis.legal.LegalReference;
import vn.policykb.analysis.legal.LegalReferences;
import vn.policykb.index.IndexSchema;

/**
 * Words that spell a legal reference ({@code Nghị quyết số 57}, {@code 57/NQ-TW}) match as one
 * unit: any spelling of the same document, or the words themselves.
 */
final class LegalReferenceQueries {

  /** A document citing the very document the reader named is what they look for. */
  static final float REFERENCE_BOOST = 3.0f;

  /**
   * @param units one query per reference found
   * @param words the groups of the query the references take up
   */
  record References(List<Query> units, BitSet words) {}

  private final WordQueries wordQueries;

  LegalReferenceQueries(WordQueries wordQueries) {
    this.wordQueries = wordQueries;
  }

  References find(QueryWords words) {
    // the query as text, each group at a known span; a group of alternatives spells nothing
    int[] starts = new int[words.size()];
    int[] ends = new int[words.size()];
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        joined.append(' ');
      }
      starts[i] = joined.length();
      List<UserQuery.Clause> group = words.group(i);
      joined.append(group.size() == 1 ? TextNormalization.nfc(group.getFirst().text()) : "\u0000");
      ends[i] = joined.length();
    }
    List<Query> units = new ArrayList<>();
    BitSet covered = new BitSet(words.size());
    for (LegalReference ref : LegalReferences.find(joined.toString())) {
      BooleanQuery.Builder typed = new BooleanQuery.Builder();
      int count = 0;
      for (int i = 0; i < words.size(); i++) {
        if (!covered.get(i) && starts[i] < ref.end() && ends[i] > ref.start()) {
          covered.set(i);
          Query q = wordQueries.anyOf(words.group(i));
          if (q != null) {
            typed.add(q, Occur.MUST);
            count++;
          }
        }
      }
      BooleanQuery.Builder unit = new BooleanQuery.Builder();
      for (String key : ref.keys()) {
        unit.add(new BoostQuery(new TermQuery(new Term(IndexSchema.REFS, key)), REFERENCE_BOOST), Occur.SHOULD);
      }
      if (count > 0) {
        unit.add(typed.build(), Occur.SHOULD);
      }
      units.add(unit.build());
    }
    return new References(units, covered);
  }
}
