package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.junit.jupiter.api.Test;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

/** Quotes as an index stores them: those written before roles and sentences were kept still read. */
class StoredQuoteJsonTest {

  @Test
  void aQuoteStoredWithoutRoleOrSentenceReadsWithItsOwnWordsAsItsSentence() {
    Document doc = new Document();
    doc.add(new StoredField(IndexSchema.QUOTES_JSON, "[{\"text\":\"We will act\",\"speaker\":\"Tô Lâm\","
        + "\"speakerId\":\"to-lam\",\"kind\":\"DIRECT\",\"start\":10,\"end\":21,\"paragraph\":1}]"));

    assertThat(IndexSchema.quotes(doc)).containsExactly(
        new Quote("We will act", "Tô Lâm", "to-lam", QuoteKind.DIRECT, 10, 21, 1, null, 10, 21));
  }

  @Test
  void roleAndSentenceGoThroughTheIndex() {
    Quote quote = new Quote("We will act", "Al Sharpton", null, QuoteKind.DIRECT, 10, 21, 0, "Rev.", 4, 40);
    Document doc = new Document();
    doc.add(new StoredField(IndexSchema.QUOTES_JSON, IndexSchema.toJson(List.of(quote))));

    assertThat(IndexSchema.quotes(doc)).containsExactly(quote);
  }
}
