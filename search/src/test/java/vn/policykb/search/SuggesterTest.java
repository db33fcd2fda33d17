package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.kb.KnowledgeBase;

class SuggesterTest {

  @TempDir
  static Path dataDir;

  static DocumentIndex index;
  static Suggester suggester;

  @BeforeAll
  static void indexTheCorpus() throws Exception {
    index = DocumentIndex.open(dataDir);
    new Ingester(TestCorpus.pipeline(index)).ingestPaths(List.of(TestCorpus.ARTICLES));
    suggester = new Suggester(index, KnowledgeBase.loadBundled());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void anUnaccentedRegistryNameGetsItsCanonicalSpelling() throws Exception {
    assertThat(suggester.didYouMean("to lam")).isEqualTo("Tô Lâm");
    assertThat(suggester.didYouMean("  To Lam ")).isEqualTo("Tô Lâm");
    assertThat(suggester.didYouMean("nguyen van thang")).isEqualTo("Nguyễn Văn Thắng");
  }

  @Test
  void unaccentedWordsGetTheSpellingTheTextsUseMost() throws Exception {
    // the corpus writes "người Việt" three times, Việt capitalized
    assertThat(suggester.didYouMean("nguoi viet")).isEqualTo("người Việt");
    // other parts of the query are kept
    assertThat(suggester.didYouMean("nguoi viet lang:vi")).isEqualTo("người Việt lang:vi");
  }

  @Test
  void theOldTonePlacementIsBroughtToTheIndexStyle() throws Exception {
    // the corpus has "hóa" (modern placement) and never "hoá"
    assertThat(suggester.didYouMean("chuyển đổi số hoá")).isEqualTo("chuyển đổi số hóa");
    assertThat(suggester.didYouMean("hóa")).isNull();
  }

  @Test
  void aQueryAlreadySpeltAsTheTextsSpellItGetsNothing() throws Exception {
    assertThat(suggester.didYouMean("Tô Lâm")).isNull();
    assertThat(suggester.didYouMean("người Việt")).isNull();
    assertThat(suggester.didYouMean("innovation")).isNull();
    assertThat(suggester.didYouMean("")).isNull();
    assertThat(suggester.didYouMean(null)).isNull();
    assertThat(suggester.didYouMean("x".repeat(600))).isNull();
    assertThat(suggester.didYouMean("lang:vi")).isNull();
  }

  @Test
  void typedWordsFindRegistryPeopleAndResolutionsAndCompleteTheLastWord() throws Exception {
    Suggestions suggestions = suggester.suggest("to la", 5);
    assertThat(suggestions.people()).extracting(Suggestions.PersonSuggestion::id).contains("to-lam");
    assertThat(suggester.suggest("nghi quyet 57", 5).resolutions())
        .extracting(Suggestions.ResolutionSuggestion::number).containsExactly("57-NQ/TW");
    assertThat(suggester.suggest("nguoi vie", 5).terms()).contains("việt");
    assertThat(suggester.suggest("to lam", 5).didYouMean()).isEqualTo("Tô Lâm");
  }

  @Test
  void blankOrStrangeInputIsNeverAnError() throws Exception {
    for (String q : List.of("", "   ", "\"\"", "-", "***", "a OR", ":")) {
      Suggestions suggestions = suggester.suggest(q, 5);
      assertThat(suggestions.didYouMean()).isNull();
    }
    assertThat(suggester.suggest(" ", 5).people()).isEmpty();
    assertThat(suggester.suggest(" ", 5).terms()).isEmpty();
  }
}
