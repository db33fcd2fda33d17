package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.policykb.analysis.VietnameseFolding;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.index.DocumentIndex;

/**
 * Snippets mark the words a query matched whatever Unicode form, tone placement or d-stroke the
 * stored text and the query use, through the whole search on a real index: each stored form in an
 * index of its own, each query in each of its forms, the snippet compared as HTML.
 */
class SnippetFormsTest {

  private static final String VIETNAMESE = "Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết Đà Nẵng đã"
      + " đầu tư thêm cho thuỷ lợi. Tổng Bí thư Tô Lâm nhấn mạnh hoà bình và sức khoẻ của người dân là"
      + " mục tiêu. Ông Thắng nói rằng tỉnh sẽ làm đường mới.";
  private static final String ENGLISH = "General Secretary To Lam went to Seoul to talk to Vietnamese experts."
      + " Tô Lâm said the ministries are developing new policies to attract talent. Minister of Finance"
      + " Nguyễn Văn Thắng said the development fund in Đà Nẵng is ready.";

  private static final String LEGAL = "The Politburo's Resolution 57-NQ/TW sets goals for 2030, and 57 experts"
      + " from Japan attended the meeting.";

  /** How a text may be stored. */
  enum Stored {
    NFC(UnaryOperator.identity()),
    NFD(SnippetFormsTest::nfd),
    /** The other tone placement: hòa, thủy, khỏe. */
    OTHER_TONES(SnippetFormsTest::otherTones),
    /** Eth (U+00D0) typed for d-stroke, as some converters write it. */
    ETH(s -> s.replace('Đ', 'Ð'));

    final UnaryOperator<String> form;

    Stored(UnaryOperator<String> form) {
      this.form = form;
    }

    /** What a snippet of the stored text shows: the stored text in NFC. */
    String shown(String nfc) {
      return this == NFD ? nfc : form.apply(nfc);
    }
  }

  @TempDir
  static Path dataDir;

  static final Map<Stored, DocumentIndex> indexes = new EnumMap<>(Stored.class);
  static final Map<Stored, DocumentSearcher> searchers = new EnumMap<>(Stored.class);

  @BeforeAll
  static void indexEachForm() throws Exception {
    for (Stored stored : Stored.values()) {
      DocumentIndex index = DocumentIndex.open(dataDir.resolve(stored.name()));
      index.write(TestCorpus.ENRICHMENT.enrich(article("vi", stored.form.apply("Hoà bình và thuỷ lợi"),
          stored.form.apply(VIETNAMESE))));
      index.write(TestCorpus.ENRICHMENT.enrich(article("en", "Talent policies", stored.form.apply(ENGLISH))));
      index.write(TestCorpus.ENRICHMENT.enrich(new Article("legal", "legal", null, null, "Resolution 57", LEGAL, "en",
          LocalDate.parse("2025-06-02"), null, "VNA")));
      index.commit();
      indexes.put(stored, index);
      searchers.put(stored, new DocumentSearcher(index, TestCorpus.KB));
    }
  }

  @AfterAll
  static void close() throws Exception {
    for (DocumentIndex index : indexes.values()) {
      index.close();
    }
  }

  private static Article article(String lang, String title, String body) {
    return new Article(lang, lang, null, null, title, body, lang, LocalDate.parse("2025-06-01"), null, "VNA");
  }

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  private static String otherTones(String s) {
    for (String[] pair : new String[][] {{"oà", "òa"}, {"uỷ", "ủy"}, {"oẻ", "ỏe"}}) {
      s = s.replace(pair[0], "\u0000").replace(pair[1], pair[0]).replace("\u0000", pair[1]);
    }
    return s;
  }

  /** A query in each form a reader may type it. */
  private static List<String> typed(String nfc) {
    List<String> forms = new ArrayList<>(List.of(nfc, nfd(nfc), VietnameseFolding.fold(nfc)));
    String tones = otherTones(nfc);
    if (!tones.equals(nfc)) {
      forms.add(tones);
    }
    if (nfc.indexOf('Đ') >= 0 || nfc.indexOf('đ') >= 0) {
      forms.add(nfc.replace('Đ', 'Ð').replace('đ', 'ð'));
    }
    return forms;
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    // query (NFC), document, snippet as a stored NFC text shows it
    Object[][] expected = {
        {"Nguyễn Văn Thắng", "vi", "Bộ trưởng Bộ Tài chính <mark>Nguyễn Văn Thắng</mark> cho biết Đà Nẵng đã đầu tư"
            + " thêm cho thuỷ lợi. …"},
        {"hoà bình", "vi", "Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết Đà Nẵng đã đầu tư thêm cho thuỷ lợi."
            + " Tổng Bí thư Tô Lâm nhấn mạnh <mark>hoà bình</mark> và sức khoẻ của người dân là mục tiêu."
            + " Ông Thắng nói rằng tỉnh sẽ làm đường mới."},
        {"Đà Nẵng", "vi", "Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết <mark>Đà Nẵng</mark> đã đầu tư"
            + " thêm cho thuỷ lợi. Tổng Bí thư Tô Lâm nhấn mạnh hoà bình và sức khoẻ của người dân là mục tiêu. …"},
        {"thuỷ lợi", "vi", "Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết Đà Nẵng đã đầu tư"
            + " thêm cho <mark>thuỷ lợi</mark>. Tổng Bí thư Tô Lâm nhấn mạnh hoà bình và sức khoẻ của người dân là mục tiêu. …"},
        {"Tô Lâm", "vi", "Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng cho biết Đà Nẵng đã đầu tư thêm cho thuỷ lợi."
            + " Tổng Bí thư <mark>Tô Lâm</mark> nhấn mạnh hoà bình và sức khoẻ của người dân là mục tiêu. …"},
        {"Tô Lâm", "en", "General Secretary <mark>To Lam</mark> went to Seoul to talk to Vietnamese experts. …"
            + " <mark>Tô Lâm</mark> said the ministries are developing new policies to attract talent. …"},
        {"Nguyễn Văn Thắng", "en", "… Tô Lâm said the ministries are developing new policies to attract talent."
            + " Minister of Finance <mark>Nguyễn Văn Thắng</mark> said the development fund in Đà Nẵng is ready."},
        {"Đà Nẵng", "en", "… Minister of Finance Nguyễn Văn Thắng said the development fund in <mark>Đà Nẵng</mark> is ready."},
    };
    for (Object[] row : expected) {
      for (String query : typed((String) row[0])) {
        for (Stored stored : Stored.values()) {
          cases.add(Arguments.of(stored, query, row[1], row[2]));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} text, query {1}, {2}")
  @MethodSource("cases")
  void everyFormOfTheQueryMarksEveryFormOfTheText(Stored stored, String query, String lang, String snippet)
      throws Exception {
    assertThat(snippet(stored, query, lang)).isEqualTo(stored.shown(snippet));
  }

  static String snippet(Stored stored, String query, String lang) throws Exception {
    return searchers.get(stored).search(new SearchRequest(query, 1, 10)).hits().stream()
        .filter(hit -> lang.equals(hit.lang()))
        .map(SearchHit::snippet).findFirst().orElse("(not found)");
  }

  private static String snippetOf(String query, String title) throws Exception {
    return searchers.get(Stored.NFC).search(new SearchRequest(query, 1, 10)).hits().stream()
        .filter(hit -> title.equals(hit.title())).map(SearchHit::snippet).findFirst().orElse("(not found)");
  }

  @Test
  void wordsOfTheQueryStandingTogetherAreMarkedThereAndNotWhereTheyStandAlone() throws Exception {
    String marked = "General Secretary <mark>To Lam</mark> went to Seoul to talk to Vietnamese experts. …"
        + " <mark>Tô Lâm</mark> said the ministries are developing new policies to attract talent. …";
    assertThat(snippetOf("to lam", "Talent policies")).isEqualTo(marked);
    assertThat(snippetOf("\"to lam\"", "Talent policies")).isEqualTo(marked);
    assertThat(snippetOf("lam to", "Talent policies")).isEqualTo(marked);
  }

  @Test
  void aWordOfNoRunIsMarkedWhereverItStands() throws Exception {
    // "to" alone: every "to" it matched
    assertThat(snippetOf("to", "Talent policies")).isEqualTo(
        "General Secretary <mark>To</mark> Lam went <mark>to</mark> Seoul <mark>to</mark> talk <mark>to</mark>"
            + " Vietnamese experts. … <mark>Tô</mark> Lâm said the ministries are developing new policies"
            + " <mark>to</mark> attract talent. …");
  }

  @Test
  void stemmedEnglishMatchesAreMarked() throws Exception {
    assertThat(snippetOf("developing policies", "Talent policies")).isEqualTo(
        "General Secretary To Lam went to Seoul to talk to Vietnamese experts."
            + " Tô Lâm said the ministries are <mark>developing</mark> new <mark>policies</mark> to attract talent."
            + " Minister of Finance Nguyễn Văn Thắng said the <mark>development</mark> fund in Đà Nẵng is ready.");
  }

  @Test
  void aLegalNumberIsMarkedAsOneAndItsBareNumberNotAgain() throws Exception {
    String marked = "The Politburo&#39;s <mark>Resolution 57-NQ/TW</mark> sets goals for 2030, and 57 experts"
        + " from Japan attended the meeting.";
    assertThat(snippetOf("Resolution 57-NQ/TW", "Resolution 57")).isEqualTo(marked);
    assertThat(snippetOf("57-NQ/TW", "Resolution 57")).isEqualTo(marked.replace("<mark>Resolution ", "Resolution <mark>"));
  }

  @Test
  void aWordTypedWithDiacriticsMarksOtherAccentsOnlyWhereTheTextLacksItAsTyped() throws Exception {
    // "làm" is in the text: "Lâm" is another word (an unaccented "To Lam" would be marked: see above)
    assertThat(snippetOf("làm", "Hoà bình và thuỷ lợi")).isEqualTo(
        "… Tổng Bí thư Tô Lâm nhấn mạnh hoà bình và sức khoẻ của người dân là mục tiêu."
            + " Ông Thắng nói rằng tỉnh sẽ <mark>làm</mark> đường mới.");
  }
}
