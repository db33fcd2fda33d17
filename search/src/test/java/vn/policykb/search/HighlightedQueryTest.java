package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import vn.policykb.index.IndexSchema;
import vn.policykb.kb.KnowledgeBase;

/** The highlighter's query: each term and phrase of the shown text's fields once, nothing excluded. */
class HighlightedQueryTest {

  private static final QueryBuilder BUILDER = new QueryBuilder(IndexSchema.analyzer(), KnowledgeBase.loadBundled());
  private static final Set<String> BODY = Set.of(IndexSchema.BODY, IndexSchema.BODY_FOLDED);

  private static List<String> leaves(Query query) {
    List<String> leaves = new ArrayList<>();
    for (BooleanClause clause : ((BooleanQuery) query).clauses()) {
      assertThat(clause.occur()).isEqualTo(BooleanClause.Occur.SHOULD);
      assertThat(clause.query()).isInstanceOfAny(TermQuery.class, PhraseQuery.class);
      leaves.add(clause.query().toString());
    }
    return leaves;
  }

  @Test
  void holdsEachFormOfEachWordOnceInTheTextsFieldsOnly() {
    Query search = BUILDER.build(UserQuery.parse("Tô Lâm thăm Lâm Đồng"), false, true);

    List<String> leaves = leaves(HighlightedQuery.of(search, BODY));

    assertThat(leaves).doesNotHaveDuplicates()
        .containsExactlyInAnyOrder("body:tô", "body.folded:to", "body:lâm", "body.folded:lam", "body:thăm",
            "body.folded:tham", "body:đồng", "body.folded:dong");
  }

  @Test
  void leavesOutWhatADocumentMustNotHave() {
    Query search = BUILDER.build(UserQuery.parse("kinh tế -tư nhân"), false, true);

    List<String> leaves = leaves(HighlightedQuery.of(search, BODY));

    assertThat(leaves).contains("body:kinh", "body:tế", "body:nhân").doesNotContain("body:tư", "body.folded:tu");
  }

  @Test
  void keepsAWordAnalysisSplitsAsItsPhrase() {
    Query search = BUILDER.build(UserQuery.parse("COVID-19"), false, true);

    assertThat(leaves(HighlightedQuery.of(search, BODY))).contains("body:\"covid 19\"", "body:covid", "body:19");
  }
}
