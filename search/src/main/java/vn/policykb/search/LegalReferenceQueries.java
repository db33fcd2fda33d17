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

  /** Weight of the words of a reference matched one by one, wherever they stand. */
  static final float TYPED_WORDS_WEIGHT = 0.1f;

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
    String text = joined.toString();
    for (LegalReference ref : LegalReferences.find(text)) {
      BooleanQuery.Builder typed = new BooleanQuery.Builder();
      int count = 0;
      // "Nghị định 13/2023/NĐ-CP": the kind's words belong to the reference, not to the query's other words
      int start = LegalReferences.startWithKind(text, ref);
      for (int i = 0; i < words.size(); i++) {
        if (!covered.get(i) && starts[i] < ref.end() && ends[i] > start) {
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
        // the words still find a spelling the index did not read as a reference, but weigh far
        // below one: an article counting "57 experts" beside the word "resolution" has them all
        unit.add(new BoostQuery(typed.build(), TYPED_WORDS_WEIGHT), Occur.SHOULD);
      }
      units.add(unit.build());
    }
    return new References(units, covered);
  }
}
