package vn.policykb.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryFieldsTest {

  private final Problems problems = new Problems();

  @Test
  void aVerifiedCitationNamesItsArticleAndQuotesIt() {
    Citation citation = RegistryFields.citation(entry(Map.of(
        "status", "verified", "source", "003_03df2e5d8c9c186e.txt", "quote", "The Politburo")));

    assertThat(problems.all()).isEmpty();
    assertThat(citation).isEqualTo(new Citation(Citation.Status.VERIFIED, "003_03df2e5d8c9c186e.txt", "The Politburo", null));
  }

  @Test
  void aVerifiedCitationWithoutItsArticleOrQuoteIsReported() {
    RegistryFields.citation(entry(Map.of("status", "verified")));
    RegistryFields.citation(entry(Map.of("status", "verified", "source", "corpus/articles/003.txt", "quote", "words")));

    assertThat(problems.all()).containsExactly(
        "people.yaml: 'x': status is verified but no 'source' names the bundled article",
        "people.yaml: 'x': status is verified but no 'quote' gives the article's words",
        "people.yaml: 'x': 'source' must be a file name in corpus/articles/, not a path: 'corpus/articles/003.txt'");
  }

  @Test
  void anUnverifiedCitationHasNoArticle() {
    Citation citation = RegistryFields.citation(entry(Map.of("status", "unverified", "quote", "words", "note", "why")));

    assertThat(citation.verified()).isFalse();
    assertThat(citation.note()).isEqualTo("why");
    assertThat(problems.all()).containsExactly(
        "people.yaml: 'x': status is unverified but a 'source' or 'quote' is given (mark it verified, or drop them)");
  }

  @Test
  void theStatusIsRequiredAndOneOfTwo() {
    assertThat(RegistryFields.citation(entry(Map.of()))).isNull();
    assertThat(RegistryFields.citation(entry(Map.of("status", "checked")))).isNull();
    assertThat(problems.all()).containsExactly(
        "people.yaml: 'x': missing required field 'status'",
        "people.yaml: 'x': status must be 'verified' or 'unverified', not 'checked'");
  }

  @Test
  void anIdIsASlug() {
    assertThat(RegistryFields.id(entry(Map.of("id", "ministry-of-finance")))).isEqualTo("ministry-of-finance");
    for (String id : new String[] {"Ministry", "ministry_of_finance", "-cpv", "cpv-", "cpv--x"}) {
      RegistryFields.id(entry(Map.of("id", id)));
    }
    assertThat(problems.all()).hasSize(5)
        .allSatisfy(p -> assertThat(p).endsWith("must be a slug: lower-case letters and digits joined by '-'"));
  }

  @Test
  void aFactIsAValueWithItsEvidence() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("date", Map.of("value", "2024-12-22", "status", "unverified", "source", "a.txt"));
    fields.put("issuer", Map.of("status", "unverified"));
    YamlEntry entry = entry(fields);

    Fact date = RegistryFields.fact(entry, "date", true);
    Fact issuer = RegistryFields.fact(entry, "issuer", true);
    Fact missing = RegistryFields.fact(entry, "subject", false);

    assertThat(date).isEqualTo(new Fact("2024-12-22", new Citation(Citation.Status.UNVERIFIED, "a.txt", null, null)));
    assertThat(issuer).isNull();
    assertThat(missing).isNull();
    assertThat(problems.all()).containsExactly(
        "people.yaml: 'x' > date: status is unverified but a 'source' or 'quote' is given (mark it verified, or drop them)",
        "people.yaml: 'x' > issuer: missing required field 'value'");
  }

  private YamlEntry entry(Map<String, ?> fields) {
    return new YamlEntry("people.yaml", "'x'", fields, problems);
  }
}
