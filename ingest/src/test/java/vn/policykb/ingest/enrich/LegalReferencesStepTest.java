package vn.policykb.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.policykb.ingest.document.Article;

class LegalReferencesStepTest {

  private static EnrichedArticle enrich(String title, String body) {
    return new LegalReferencesStep().apply(EnrichedArticle.of(new Article("a", "a", null, null, title, body, "vi",
        null, null, null)));
  }

  @Test
  void theResolutionsFollowedAreNamedByNumberBesideEveryCitation() {
    EnrichedArticle doc = enrich("Triển khai nghị quyết",
        "Thực hiện Nghị quyết 57-NQ/TW, Thủ tướng ban hành Quyết định 1131/QĐ-TTg về danh mục công nghệ chiến lược.");

    assertThat(doc.get(LegalReferencesStep.RESOLUTIONS)).containsExactly("57");
    assertThat(doc.get(LegalReferencesStep.CITATIONS)).contains("57-nq/tw", "1131/qd-ttg");
  }

  @Test
  void aDecomposedTitleIsReadAsItsComposedForm() {
    EnrichedArticle doc = enrich(Normalizer.normalize("Nghị quyết số 68 của Bộ Chính trị", Normalizer.Form.NFD), "");

    assertThat(doc.get(LegalReferencesStep.RESOLUTIONS)).containsExactly("68");
  }

  @Test
  void aTextCitingNothingHasEmptyFindingsNotMissingOnes() {
    EnrichedArticle doc = enrich("Thời tiết", "Trời nắng nóng kéo dài ở Hà Nội.");

    assertThat(doc.enrichments().has(LegalReferencesStep.RESOLUTIONS)).isTrue();
    assertThat(doc.get(LegalReferencesStep.RESOLUTIONS)).isEmpty();
    assertThat(doc.get(LegalReferencesStep.CITATIONS)).isEmpty();
  }
}
