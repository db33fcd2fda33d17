package vn.policykb.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.index.WriteOutcome;
import vn.policykb.search.ArticleSearch;
import vn.policykb.search.DocumentLookup;
import vn.policykb.search.ExportRow;
import vn.policykb.search.Facets;
import vn.policykb.search.ResultThemes;
import vn.policykb.search.SignificantTerm;
import vn.policykb.search.SuggestionSource;
import vn.policykb.search.Suggestions;
import vn.policykb.search.ThemeSource;
import vn.policykb.search.TimelineInterval;
import vn.policykb.search.TimelinePoint;
import vn.policykb.search.TimelineResult;
import vn.policykb.search.TimelineSeries;
import vn.policykb.search.Timelines;
import vn.policykb.search.QuoteHit;
import vn.policykb.search.QuoteOrigins;
import vn.policykb.search.QuoteProvenanceResult;
import vn.policykb.search.QuotePublication;
import vn.policykb.search.QuoteQuery;
import vn.policykb.search.QuoteResults;
import vn.policykb.search.QuoteSearch;
import vn.policykb.search.SearchHit;
import vn.policykb.search.DecodedQuery;
import vn.policykb.search.SearchOrder;
import vn.policykb.search.SearchRequest;
import vn.policykb.search.SearchResults;
import vn.policykb.search.StoredDocument;

/**
 * What every backend must do alike: the same articles written through the same index, the same
 * searches, the same first hits, counts, copy groups, snippets and documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BackendContract {

  DocumentIndex index;
  ArticleSearch search;
  DocumentLookup documents;
  QuoteSearch quotes;
  QuoteOrigins origins;
  Timelines timelines;
  ThemeSource themes;
  SuggestionSource suggestions;

  /** A new, empty index of the backend. */
  abstract DocumentIndex openIndex() throws Exception;

  abstract ArticleSearch search(DocumentIndex index);

  abstract DocumentLookup documents(DocumentIndex index);

  abstract QuoteSearch quotes(DocumentIndex index);

  abstract QuoteOrigins origins(DocumentIndex index);

  abstract Timelines timelines(DocumentIndex index);

  abstract ThemeSource themes(DocumentIndex index);

  abstract SuggestionSource suggestions(DocumentIndex index);

  private static Article doc(String id, String lang, String date, String source, String title, String body) {
    return new Article(id, id, null, null, title, body, lang, date == null ? null : LocalDate.parse(date), null, source);
  }

  static final List<Article> ARTICLES = List.of(
      doc("duong-pho", "vi", "2025-03-01", "VNA", "Đường phố Hà Nội", "Đường phố Hà Nội đông đúc vào giờ cao điểm buổi sáng."),
      doc("duong-duong", "vi", "2025-03-02", "VNA", "Đương Dương huyện", "Đương Dương là một huyện, dân số khoảng nửa triệu người, cách Dương Châu không xa."),
      doc("duong-hoa", "vi", "2025-03-03", "VNA", "Hoa dương xỉ", "Cây dương xỉ mọc dưới tán rừng, lá xanh quanh năm."),
      doc("con-de", "vi", "2025-04-01", "Tuổi Trẻ", "Chuyện con dế mèn", "Con dế mèn phiêu lưu khắp cánh đồng."),
      doc("con-de-nui", "vi", "2025-04-02", "Tuổi Trẻ", "Chuyện con dê núi", "Con dê núi leo trên vách đá cheo leo."),
      doc("thanh-hoa", "vi", "2024-12-22", "Nhân Dân", "Thanh Hoá thu hút đầu tư", "Tỉnh Thanh Hoá giữ vững hoà bình, thuỷ lợi và sức khoẻ cộng đồng; Uỷ ban nhân dân tỉnh chỉ đạo."),
      doc("to-lam", "vi", "2025-05-01", "VNA", "Người Việt ở Hàn Quốc", "Cộng đồng người Việt ở Hàn Quốc đón Tổng Bí thư Tô Lâm."),
      doc("to-lam-khac", "vi", "2025-05-03", "VNA", "Sợi tơ", "Sợi tơ tằm lắm màu, làng nghề dệt lụa."),
      doc("nq68", "vi", "2025-05-18", "Báo Chính phủ", "Phát triển kinh tế tư nhân", "Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân; đổi mới sáng tạo là động lực."),
      doc("nq57", "vi", "2025-01-10", "Báo Chính phủ", "Đột phá khoa học công nghệ", "Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số."),
      doc("scattered", "vi", "2025-01-11", "VNA", "Sáng kiến mới", "Đổi ca làm việc, mới có thời gian sáng tạo nghệ thuật."),
      doc("en-private", "en", "2025-05-20", "VNS", "Private sector development", "The Politburo's Resolution 68 sets goals for developing the private economy and its enterprises."),
      doc("en-ministry", "en", "2025-06-01", "VNS", "Finance ministry reforms", "The Ministry of Finance announced new procedures for investors. \"We will cut the time these procedures take by half this year,\" Minister Nguyen Van Thang said."),
      doc("copy-of-con-de", "vi", "2025-04-03", "Báo Khác", "Chuyện con dế mèn (đăng lại)", "Con dế mèn   phiêu lưu khắp cánh đồng."));

  @BeforeAll
  void write() throws Exception {
    index = openIndex();
    for (Article article : ARTICLES) {
      index.write(TestCorpus.ENRICHMENT.enrich(article));
    }
    index.commit();
    search = search(index);
    documents = documents(index);
    quotes = quotes(index);
    origins = origins(index);
    timelines = timelines(index);
    themes = themes(index);
    suggestions = suggestions(index);
  }

  @AfterAll
  void close() throws Exception {
    if (index != null) {
      index.close();
    }
    dispose();
  }

  /** Removes what the backend kept for the suite, after the index is closed. */
  void dispose() throws Exception {}

  private SearchResults search(String query) throws Exception {
    return search.search(new SearchRequest(query, 1, 10));
  }

  private List<String> ids(String query) throws Exception {
    return search(query).hits().stream().map(SearchHit::id).toList();
  }

  @ParameterizedTest(name = "{0} → {1} first")
  @CsvSource({
      "đường, duong-pho",
      "Đương, duong-duong",
      "con dế, con-de",
      "con dê, con-de-nui",
      "Thanh Hóa, thanh-hoa",
      "thủy lợi, thanh-hoa",
      "Tô Lâm, to-lam",
      "nguoi viet, to-lam",
      "kinh te tu nhan, nq68",
      "developing private enterprise, en-private",
      "\"Ministry of Finance\", en-ministry",
  })
  void ranksFirst(String query, String first) throws Exception {
    assertThat(ids(query)).first().isEqualTo(first);
  }

  @Test
  void unaccentedQueryFindsEveryAccentedForm() throws Exception {
    assertThat(ids("duong")).contains("duong-pho", "duong-duong", "duong-hoa");
    assertThat(ids("to lam")).contains("to-lam");
  }

  @Test
  void aQueryTypedInTelexKeystrokesIsSearchedAsTheWordsItStandsFor() throws Exception {
    SearchResults results = search("kinh tees tuw nhaan");
    assertThat(results.decoded()).isEqualTo(new DecodedQuery("kinh tế tư nhân", "kinh tees tuw nhaan"));
    assertThat(results.hits()).extracting(SearchHit::id).first().isEqualTo("nq68");
    assertThat(search.search(new SearchRequest("kinh tees tuw nhaan", 1, 10, List.of(), SearchOrder.RELEVANCE, true,
        false)).decoded()).as("telex=false").isNull();
    assertThat(search("developing private enterprise").decoded()).as("English is read as typed").isNull();
  }

  @Test
  void phraseNeedsTheWordsTogether() throws Exception {
    assertThat(ids("\"đổi mới sáng tạo\"")).contains("nq57", "nq68").doesNotContain("scattered");
  }

  @Test
  void exclusionAndFilters() throws Exception {
    assertThat(ids("con -dế")).contains("con-de-nui").doesNotContain("con-de");
    assertThat(ids("phát triển lang:en")).doesNotContain("nq68");
    assertThat(ids("resolution:68")).contains("en-private", "nq68");
  }

  @Test
  void aShortQueryNoDocumentHasWhollyIsRelaxed() throws Exception {
    SearchResults results = search("dế mèo");
    assertThat(results.relaxed()).isTrue();
    assertThat(results.hits()).extracting(SearchHit::id).contains("con-de");
  }

  @Test
  void copiesAreOneResultListingTheOtherPublication() throws Exception {
    SearchResults results = search("dế mèn");
    assertThat(results.hits()).extracting(SearchHit::id).containsExactly("con-de");
    assertThat(results.total()).isEqualTo(1);
    assertThat(results.hits().getFirst().alsoPublishedBy()).extracting(p -> p.id()).containsExactly("copy-of-con-de");
  }

  @Test
  void anExportListsEachResultOnceInTheOrderOfTheList() throws Exception {
    List<ExportRow> rows = new ArrayList<>();
    search.export(new SearchRequest("", 1, 10), 1_000, rows::add);
    assertThat(rows).extracting(ExportRow::id).doesNotHaveDuplicates().doesNotContain("copy-of-con-de")
        .hasSize(ARTICLES.size() - 1).startsWith("en-ministry", "en-private", "nq68");

    List<ExportRow> found = new ArrayList<>();
    search.export(new SearchRequest("dế mèn", 1, 10), 1_000, found::add);
    assertThat(found).extracting(ExportRow::id, ExportRow::source).containsExactly(tuple("con-de", "Tuổi Trẻ"));

    List<ExportRow> few = new ArrayList<>();
    search.export(new SearchRequest("", 1, 10), 3, few::add);
    assertThat(few).extracting(ExportRow::id).containsExactly("en-ministry", "en-private", "nq68");
  }

  @Test
  void facetsCountArticlesNotCopies() throws Exception {
    SearchResults all = search("");
    assertThat(all.total()).isEqualTo(ARTICLES.size() - 1);
    assertThat(all.facets().lang()).containsExactly(new Facets.Count("vi", 11), new Facets.Count("en", 2));
    assertThat(all.facets().year()).extracting(Facets.Count::value).containsExactly("2025", "2024");
    assertThat(all.facets().resolution()).extracting(Facets.Count::value).containsExactly("57", "68");
    // browsing lists the newest first
    assertThat(all.hits().getFirst().id()).isEqualTo("en-ministry");
  }

  @Test
  void snippetsMarkTheOriginalTextWhicheverFormMatched() throws Exception {
    SearchHit hit = search("to lam").hits().stream().filter(h -> h.id().equals("to-lam")).findFirst().orElseThrow();
    assertThat(hit.snippet()).contains("<mark>Tô Lâm</mark>");
  }

  @Test
  void documentsById() throws Exception {
    StoredDocument doc = documents.document("nq57").orElseThrow();
    assertThat(doc.title()).isEqualTo("Đột phá khoa học công nghệ");
    assertThat(doc.resolutions()).contains("57");
    assertThat(documents.document("con-de").orElseThrow().alsoPublishedBy()).extracting(p -> p.id())
        .containsExactly("copy-of-con-de");
    assertThat(documents.document("no-such-document")).isEmpty();
  }

  @Test
  void resolutionCoverageByMonth() throws Exception {
    var coverage = documents.resolutionCoverage("68", 5);
    assertThat(coverage.total()).isEqualTo(2);
    assertThat(coverage.byMonth()).extracting(m -> m.month() + " " + m.vi() + " " + m.en()).containsExactly("2025-05 1 1");
    assertThat(coverage.latest()).extracting(d -> d.id()).containsExactly("en-private", "nq68");
  }

  @Test
  void quotesAreFoundByTheirWordsAndSpeaker() throws Exception {
    QuoteResults found = quotes.search(new QuoteQuery("cut procedures", "", List.of(), 1, 10));
    assertThat(found.quotes()).extracting(QuoteHit::documentId).containsExactly("en-ministry");
    QuoteHit quote = found.quotes().getFirst();
    assertThat(quote.text()).contains("We will cut the time these procedures take by half");
    // the registry knows him: his name as it writes it
    assertThat(quote.speaker().name()).isEqualTo("Nguyễn Văn Thắng");
    assertThat(quote.sentence().text()).startsWith("\"We will cut");
    assertThat(quotes.search(new QuoteQuery("cut procedures", "Tô Lâm", List.of(), 1, 10)).total()).isZero();
    assertThat(quotes.search(new QuoteQuery("", "Nguyen Van Thang", List.of(), 1, 10)).quotes())
        .extracting(QuoteHit::documentId).containsExactly("en-ministry");
  }

  @Test
  void aQuoteIsTracedToItsPublications() throws Exception {
    QuoteProvenanceResult found = origins.of("we will cut the time these procedures take by half");
    assertThat(found.publications()).extracting(p -> p.id() + " " + p.match() + " " + p.first())
        .containsExactly("en-ministry exact true");
    assertThat(origins.of("con dế mèn phiêu lưu khắp cánh đồng").publications()).extracting(QuotePublication::id)
        .containsExactly("con-de", "copy-of-con-de");
  }

  @Test
  void timelinesCountArticlesByMonthAndLanguage() throws Exception {
    TimelineResult result = timelines.of(List.of("dế mèn", ""), List.of(), TimelineInterval.MONTH, false);
    TimelineSeries cricket = result.series().get(0);
    TimelineSeries all = result.series().get(1);
    // the copy is the same article
    assertThat(cricket.total()).isEqualTo(1);
    assertThat(all.total()).isEqualTo(ARTICLES.size() - 1);
    assertThat(all.points()).extracting(TimelinePoint::from).first().isEqualTo("2024-12-01");
    assertThat(all.points()).hasSize(7);
    TimelinePoint april = cricket.points().stream().filter(p -> p.from().equals("2025-04-01")).findFirst().orElseThrow();
    assertThat(april.total()).isEqualTo(1);
    assertThat(april.share()).isEqualTo(0.5);
    TimelinePoint may = all.points().stream().filter(p -> p.from().equals("2025-05-01")).findFirst().orElseThrow();
    assertThat(List.of(may.vi(), may.en(), may.total())).containsExactly(3L, 1L, 4L);
    assertThat(all.undated().total()).isZero();
  }

  @Test
  void themesOfAResultSet() throws Exception {
    ResultThemes found = themes.of(new SearchRequest("phát triển", 1, 10));
    // the two Vietnamese articles on development, each citing one resolution: the rarer in the archive first
    assertThat(found.sample()).isEqualTo(2);
    assertThat(found.resolutions()).extracting(SignificantTerm::value).containsExactly("57", "68");
    assertThat(found.resolutions()).extracting(SignificantTerm::inArchive).containsExactly(1L, 2L);
  }

  @Test
  void suggestionsNameRegistryPeople() throws Exception {
    assertThat(suggestions.didYouMean("to lam")).isEqualTo("Tô Lâm");
    assertThat(suggestions.suggest("to la", 5).people()).isNotEmpty();
  }

  @Test
  void aQueryTypedWithoutMarksIsRespeltAsTheTextsSpellIt() throws Exception {
    assertThat(suggestions.didYouMean("doi moi sang tao")).isEqualTo("đổi mới sáng tạo");
    assertThat(suggestions.didYouMean("nghi quyet")).isEqualTo("nghị quyết");
    // typed with marks: only brought to the tone placement of the index, and left alone when it has it
    assertThat(suggestions.didYouMean("hoà bình")).isEqualTo("hòa bình");
    assertThat(suggestions.didYouMean("đổi mới sáng tạo")).isNull();
  }

  @Test
  void theWordBeingTypedIsCompletedWithItsMarksAndSourcesAreNamed() throws Exception {
    Suggestions typed = suggestions.suggest("phat tri", 5);
    assertThat(typed.terms()).containsExactly("triển");
    assertThat(suggestions.suggest("bao chinh", 5).sources()).containsExactly("Báo Chính phủ");
  }

  @Test
  void writingAgainChangesNothing() throws Exception {
    var result = index.write(TestCorpus.ENRICHMENT.enrich(ARTICLES.getFirst()));
    assertThat(result.outcome()).isEqualTo(WriteOutcome.UNCHANGED);
    index.commit();
    assertThat(index.count()).isEqualTo(ARTICLES.size());
  }
}
