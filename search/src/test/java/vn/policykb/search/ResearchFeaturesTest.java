package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.index.Origin;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.pipeline.Pipeline;

/**
 * Timelines, themes, quote provenance and origins over a small data set ingested as a user would:
 * a folder holding a JSONL file and a text file.
 */
class ResearchFeaturesTest {

  @TempDir
  static Path dataDir;
  @TempDir
  static Path inputs;

  static DocumentIndex index;

  static final String QUOTE = "Chuyển đổi số là nhiệm vụ trọng tâm của cả hệ thống chính trị";

  private static String line(String id, String lang, String date, String source, String title, String text) {
    return "{\"id\":\"" + id + "\",\"lang\":\"" + lang + "\"" + (date == null ? "" : ",\"date\":\"" + date + "\"")
        + ",\"source\":\"" + source + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}";
  }

  @BeforeAll
  static void ingest() throws Exception {
    String digital = "Tổng Bí thư Tô Lâm nhấn mạnh: “" + QUOTE + "”. Nghị quyết 57-NQ/TW về khoa học công nghệ "
        + "đặt mục tiêu chuyển đổi số quốc gia, hạ tầng dữ liệu và chính phủ số.";
    List<String> lines = List.of(
        line("a1", "vi", "2025-01-10", "VNA", "Chuyển đổi số quốc gia", digital),
        line("a2", "vi", "2025-01-20", "Nhân Dân", "Hạ tầng dữ liệu cho chuyển đổi số",
            "Theo Tổng Bí thư Tô Lâm, “chuyển đổi số là nhiệm vụ trọng tâm của hệ thống chính trị”. Nghị quyết 57-NQ/TW "
                + "về chuyển đổi số quốc gia đòi hỏi hạ tầng dữ liệu và chính phủ số."),
        line("a4", "vi", null, "VNA", "Chuyển đổi số ở địa phương",
            "Các tỉnh đẩy mạnh chuyển đổi số quốc gia, hạ tầng dữ liệu, chính phủ số theo Nghị quyết 57-NQ/TW."),
        line("a5", "vi", "2025-02-14", "VNA", "Thời tiết", "Trời nắng nóng kéo dài ở Hà Nội, thời tiết oi bức."),
        // the same article at another source: counted once
        line("a6", "vi", "2025-01-11", "Báo Mới", "Chuyển đổi số quốc gia", digital),
        line("a7", "vi", "2024-12-30", "Tuổi Trẻ", "Phát biểu về chuyen doi so",
            "Chuyen doi so la nhiem vu trong tam cua ca he thong chinh tri, theo phat bieu ve chuyển đổi số quốc gia."),
        line("a8", "vi", "2025-01-25", "VNA", "Giá vàng", "Giá vàng trong nước tăng mạnh trong tuần."));
    Files.writeString(inputs.resolve("news.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    Files.createDirectories(inputs.resolve("notes"));
    Files.writeString(inputs.resolve("notes/note.txt"), "Ghi chú về giá lúa gạo\n\nGiá lúa gạo ổn định trong tháng.",
        StandardCharsets.UTF_8);
    index = DocumentIndex.open(dataDir);
    new Ingester(Pipeline.standard(index, TestCorpus.KB), 1).ingestPaths(List.of(inputs));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static TimelineResult timeline(TimelineInterval interval, String... queries) throws Exception {
    return new Timeline(index, TestCorpus.KB).of(List.of(queries), List.of(), interval, false);
  }

  @Test
  void aTimelineCountsArticlesPerMonthWithZerosAndUndatedApart() throws Exception {
    TimelineResult result = timeline(TimelineInterval.MONTH, "chuyển đổi số", "thời tiết");

    assertThat(result.interval()).isEqualTo("month");
    TimelineSeries digital = result.series().get(0);
    assertThat(digital.points()).extracting(TimelinePoint::period).containsExactly("2024-12", "2025-01", "2025-02");
    // a1 and a2 in January; a6, a copy of a1, does not count again
    assertThat(digital.points()).extracting(TimelinePoint::total).containsExactly(1L, 2L, 0L);
    assertThat(digital.points().get(1).vi()).isEqualTo(2);
    // January holds a1, a2 and a8 (a6 is a1 again): two thirds of them are about the query
    assertThat(digital.points().get(1).share()).isEqualTo(0.666667);
    assertThat(digital.undated()).isEqualTo(new TimelineCount(1, 0, 1));
    assertThat(digital.total()).isEqualTo(4);

    TimelineSeries weather = result.series().get(1);
    assertThat(weather.points()).extracting(TimelinePoint::total).containsExactly(0L, 0L, 1L);
    assertThat(weather.points().get(2).share()).isEqualTo(1.0);
  }

  @Test
  void dayAndWeekPeriodsAreListedEveryOne() throws Exception {
    TimelineSeries days = timeline(TimelineInterval.DAY, "thời tiết", "giá vàng").series().get(0);
    assertThat(days.points()).hasSize(21); // 25 January to 14 February
    assertThat(days.points().getFirst().period()).isEqualTo("2025-01-25");
    assertThat(days.points().getLast().total()).isEqualTo(1);

    TimelineSeries weeks = timeline(TimelineInterval.WEEK, "chuyển đổi số").series().get(0);
    assertThat(weeks.points().getFirst().period()).isEqualTo("2025-W01"); // 30 December 2024 is in 2025's first week
    assertThat(weeks.points().getFirst().from()).isEqualTo("2024-12-30");
  }

  @Test
  void aTimelineTakesOneToFiveQueries() {
    Timeline timeline = new Timeline(index, TestCorpus.KB);
    assertThatThrownBy(() -> timeline.of(List.of(), List.of(), TimelineInterval.MONTH, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q is missing");
    assertThatThrownBy(() -> timeline.of(List.of("a", "b", "c", "d", "e", "f"), List.of(), TimelineInterval.MONTH, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 5");
  }

  @Test
  void theFiltersNarrowTheTimelineAndItsShares() throws Exception {
    TimelineResult result = new Timeline(index, TestCorpus.KB).of(List.of("chuyển đổi số"),
        List.of(SearchFilters.parse("source", "VNA")), TimelineInterval.MONTH, false);
    TimelineSeries series = result.series().getFirst();
    assertThat(series.points()).extracting(TimelinePoint::period).containsExactly("2025-01");
    assertThat(series.points().getFirst().share()).isEqualTo(0.5); // a1 of a1 and a8
    assertThat(series.undated().total()).isEqualTo(1);
  }

  @Test
  void aQuoteIsTracedToEveryPublicationOldestFirst() throws Exception {
    QuoteProvenanceResult result = new QuoteProvenance(index).of(QUOTE);

    List<QuotePublication> publications = result.publications();
    // a7 spells it without diacritics, a day before; a2 leaves out a word; a6 is a copy of a1
    assertThat(publications).extracting(QuotePublication::title).first().isEqualTo("Phát biểu về chuyen doi so");
    assertThat(publications.getFirst().first()).isTrue();
    assertThat(publications.stream().filter(QuotePublication::first)).hasSize(1);
    assertThat(publications).extracting(QuotePublication::date)
        .containsExactly("2024-12-30", "2025-01-10", "2025-01-11", "2025-01-20");
    assertThat(publications).extracting(QuotePublication::match).containsExactly("exact", "exact", "exact", "near");
    assertThatThrownBy(() -> new QuoteProvenance(index).of(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text is missing");
  }

  @Test
  void undatedPublicationsComeLast() {
    List<QuotePublication> sorted = QuoteProvenance.oldestFirst(List.of(
        new QuotePublication("u", "u", null, null, null, "vi", false, "exact"),
        new QuotePublication("b", "b", null, "2025-02-01", null, "vi", false, "near"),
        new QuotePublication("a", "a", null, "2025-01-01", null, "en", false, "translation")));
    assertThat(sorted).extracting(QuotePublication::id).containsExactly("a", "b", "u");
    assertThat(sorted).extracting(QuotePublication::first).containsExactly(true, false, false);
  }

  @Test
  void theThemesOfAResultSetAreWhatItHasMoreThanTheArchive() throws Exception {
    ResultThemes themes = new ThemeFinder(index, TestCorpus.KB).of(new SearchRequest("chuyển đổi số", 1, 10));

    assertThat(themes.sample()).isEqualTo(4);
    assertThat(themes.resolutions()).extracting(SignificantTerm::value).containsExactly("57");
    assertThat(themes.people()).extracting(SignificantTerm::value).contains("to-lam");
    assertThat(themes.terms()).extracting(SignificantTerm::value).contains("hạ tầng", "chính phủ")
        .doesNotContain("chuyển đổi", "đổi số");
    assertThat(new ThemeFinder(index, TestCorpus.KB).of(new SearchRequest("", 1, 10))).isEqualTo(ResultThemes.NONE);
  }

  @Test
  void eachDocumentKnowsWhereItCameFromAndADataSetIdFindsIt() throws Exception {
    DocumentSearcher searcher = new DocumentSearcher(index, TestCorpus.KB);
    SearchResults byId = searcher.search(new SearchRequest("datasetId:a5", 1, 10));
    assertThat(byId.hits()).singleElement().satisfies(hit -> {
      assertThat(hit.title()).isEqualTo("Thời tiết");
      assertThat(hit.origin()).isEqualTo(new Origin("jsonl", "news.jsonl", 4, "a5", null, null));
    });
    SearchResults note = searcher.search(new SearchRequest("lúa gạo", 1, 10));
    assertThat(note.hits()).singleElement()
        .satisfies(hit -> assertThat(hit.origin()).isEqualTo(Origin.file("notes/note.txt")));
    String id = byId.hits().getFirst().id();
    assertThat(new DocumentReader(index).document(id).orElseThrow().origin().datasetId()).isEqualTo("a5");
  }
}
