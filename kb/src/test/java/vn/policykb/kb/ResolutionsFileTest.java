package vn.policykb.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionsFileTest {

  private final Problems problems = new Problems();

  @Test
  void readsAResolutionWithItsImplementingDocuments() {
    List<Resolution> resolutions = ResolutionsFile.read("""
        resolutions:
          - id: nq-66
            number: 66-NQ/TW
            shortNames: {en: [Resolution 66], vi: [Nghị quyết 66]}
            name:
              en: {value: renovating law making, status: unverified}
              vi: {value: đổi mới công tác xây dựng pháp luật, status: unverified}
            date: {value: 2025-04-30, status: unverified}
            issuer: {value: politburo, status: unverified}
            implementingDocuments:
              - number: {value: 140/NQ-CP, status: unverified}
                issuer: {value: government, status: unverified}
                subject: {value: the action programme, status: unverified}
        """, problems);

    assertThat(problems.all()).isEmpty();
    Resolution r66 = resolutions.getFirst();
    assertThat(r66.issued()).as("an unquoted YAML date reads as the same text").hasToString("2025-04-30");
    assertThat(r66.shortNumber()).isEqualTo("66");
    assertThat(r66.lookupNames()).containsExactly("nq-66", "66-NQ/TW", "Resolution 66", "Nghị quyết 66");
    assertThat(r66.implementingDocuments()).singleElement().satisfies(document -> {
      assertThat(document.number().value()).isEqualTo("140/NQ-CP");
      assertThat(document.date()).as("an implementing document's date may be left out").isNull();
    });
  }

  @Test
  void eachMissingOrMalformedFactIsReportedWhereItIs() {
    List<Resolution> resolutions = ResolutionsFile.read("""
        resolutions:
          - id: nq-57
            number: 57-NQ/TW
            name:
              en: {value: breakthroughs, status: unverified}
            date: {value: 22/12/2024, status: unverified}
            issuer: politburo
            implementingDocuments:
              - number: {value: 1131/QĐ-TTg, status: unverified}
                issuer: {value: government, status: unverified}
                date: {value: "2024-13-01", status: unverified}
                subject: {status: unverified}
        """, problems);

    assertThat(problems.all()).containsExactly(
        "resolutions.yaml: 'nq-57' (resolutions #1) > name: missing required field 'vi'",
        "resolutions.yaml: 'nq-57' (resolutions #1): 'date' must be a date written YYYY-MM-DD, not '22/12/2024'",
        "resolutions.yaml: 'nq-57' (resolutions #1): field 'issuer' must be a map, not 'politburo'",
        "resolutions.yaml: 'nq-57' (resolutions #1) > implementingDocuments[0]: 'date' must be a date written YYYY-MM-DD, not '2024-13-01'",
        "resolutions.yaml: 'nq-57' (resolutions #1) > implementingDocuments[0] > subject: missing required field 'value'");
    assertThat(resolutions).isEmpty();
  }
}
