package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import vn.policykb.index.IndexSchema;

class QueryAnalysisTest {

  private final QueryAnalysis analysis = new QueryAnalysis(IndexSchema.analyzer());

  @Test
  void anAbbreviationIsReadAsWrittenWithItsJoinedFormApart() {
    assertThat(analysis.tokens(IndexSchema.BODY, "TP.HCM chống ngập")).containsExactly("tp", "hcm", "chống", "ngập");
    assertThat(analysis.stacked(IndexSchema.BODY, "TP.HCM chống ngập")).containsExactly("tphcm");
    assertThat(analysis.tokens(IndexSchema.BODY_FOLDED, "TP. HCM")).containsExactly("tp", "hcm");
    assertThat(analysis.stacked(IndexSchema.BODY_FOLDED, "TP. HCM")).containsExactly("tphcm");
    assertThat(analysis.stacked(IndexSchema.BODY, "Hà Nội")).isEmpty();
  }

  @Test
  void aPhraseLeavesOutTheStackedForm() {
    assertThat(analysis.phrase(IndexSchema.BODY, "TP.HCM")).isEqualTo(new PhraseQuery(IndexSchema.BODY, "tp", "hcm"));
    assertThat(analysis.phrase(IndexSchema.TITLE_FOLDED, "Thanh Hoá"))
        .isEqualTo(new PhraseQuery(IndexSchema.TITLE_FOLDED, "thanh", "hoa"));
  }

  @Test
  void aRemovedEnglishStopwordLeavesItsGap() {
    PhraseQuery ministry = new PhraseQuery.Builder()
        .add(new Term(IndexSchema.BODY_EN, "ministri"), 0)
        .add(new Term(IndexSchema.BODY_EN, "financ"), 2)
        .build();
    assertThat(analysis.phrase(IndexSchema.BODY_EN, "Ministry of Finance")).isEqualTo(ministry);
  }

  @Test
  void oneTermIsATermQueryAndNoneIsNothing() {
    assertThat(analysis.phrase(IndexSchema.BODY_EN, "developing")).isEqualTo(new TermQuery(new Term(IndexSchema.BODY_EN, "develop")));
    assertThat(analysis.phrase(IndexSchema.BODY_EN, "of the")).isNull();
    assertThat(analysis.phrase(IndexSchema.BODY, "?!")).isNull();
    assertThat(analysis.tokens(IndexSchema.BODY, "?!")).isEmpty();
  }
}
