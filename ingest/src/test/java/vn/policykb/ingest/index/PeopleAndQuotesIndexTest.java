package vn.policykb.ingest.index;

import vn.policykb.ingest.TestCorpus;

import vn.policykb.index.IndexSchema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.document.Article;
import vn.policykb.index.QuoteKind;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.people.PeopleStep;
import vn.policykb.ingest.quotes.QuotesStep;

class PeopleAndQuotesIndexTest {

  @TempDir
  Path dataDir;

  private static final Article ARTICLE = new Article("a1", "a1", null, null, "Title",
      "Minister of Finance Nguyễn Văn Thắng spoke.\n\n\"We will keep reforming the tax system,\" he said.", "en",
      null, null, null);

  @Test
  void enrichmentAddsPeopleAndQuotes() {
    EnrichedArticle enriched = TestCorpus.ENRICHMENT.enrich(ARTICLE);

    assertThat(enriched.get(PeopleStep.PEOPLE)).extracting(p -> p.id()).containsExactly("nguyen-van-thang");
    assertThat(enriched.get(QuotesStep.QUOTES)).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
      assertThat(q.speakerId()).isEqualTo("nguyen-van-thang");
    });
  }

  @Test
  void peopleAreFacetsAndQuotesAreStoredWithTheirArticle() throws IOException {
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      index.write(TestCorpus.ENRICHMENT.enrich(ARTICLE));
      index.commit();
      IndexSearcher searcher = index.searchers().acquire();
      try {
        TopDocs bySpeaker = searcher.search(new TermQuery(new Term(IndexSchema.QUOTE_SPEAKER, "nguyen-van-thang")), 10);
        assertThat(bySpeaker.totalHits.value()).isEqualTo(1);
        Document doc = searcher.storedFields().document(bySpeaker.scoreDocs[0].doc);
        assertThat(IndexSchema.quotes(doc)).extracting(q -> q.text())
            .isEqualTo(List.of("We will keep reforming the tax system"));
        assertThat(IndexSchema.people(doc)).extracting(p -> p.name()).containsExactly("Nguyễn Văn Thắng");
        assertThat(searcher.search(new TermQuery(new Term(IndexSchema.PEOPLE, "nguyen-van-thang")), 1).totalHits.value())
            .isEqualTo(1);
      } finally {
        index.searchers().release(searcher);
      }
    }
  }
}
