package vn.policykb.ingest.storykeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;

class StoryKeyExtractorTest {

  private static StoryKeys keys(String lang, String text) {
    return TestCorpus.ENRICHMENT.enrich(new Article("x", "x", null, null, "", text, lang, null, null, null))
        .get(StoryKeysStep.KEYS);
  }

  @Test
  void aRegistryPersonIsOneKeyWithOrWithoutDiacritics() {
    assertThat(keys("en", "Party chief To Lam spoke.").keys()).contains("e:to-lam");
    assertThat(keys("vi", "Tổng Bí thư Tô Lâm phát biểu.").keys()).contains("e:to-lam");
  }

  @Test
  void aCountryIsOneKeyUnderItsNamesInEitherLanguage() {
    assertThat(keys("en", "He visited the Republic of Korea.").keys()).contains("e:republic-of-korea");
    assertThat(keys("vi", "Ông thăm Hàn Quốc.").keys()).contains("e:republic-of-korea");
  }

  @Test
  void aGlossaryTermIsOneKeyForItsTermsInBothLanguages() {
    var english = keys("en", "It plans private sector development.").keys();
    var vietnamese = keys("vi", "Kế hoạch phát triển kinh tế tư nhân.").keys();
    assertThat(english.stream().filter(k -> k.startsWith("g:")))
        .containsAnyElementsOf(vietnamese.stream().filter(k -> k.startsWith("g:")).toList())
        .isNotEmpty();
  }

  @Test
  void aLatinNameInsideASentenceIsAKeyButTheFirstWordIsNot() {
    var found = keys("en", "The plan of Brexit stalled.").keys();
    assertThat(found).contains("w:brexit").doesNotContain("w:the");
  }
}
