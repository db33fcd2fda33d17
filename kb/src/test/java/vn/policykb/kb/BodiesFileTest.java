package vn.policykb.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodiesFileTest {

  private final Problems problems = new Problems();

  @Test
  void readsBodiesThenCountries() {
    List<Body> bodies = BodiesFile.read("""
        countries:
          - id: japan
            kind: country
            name: {en: Japan, vi: Nhật Bản}
            status: unverified
        bodies:
          - id: nic
            kind: agency
            name: {en: National Innovation Center}
            aliases: {en: [NIC]}
            parent: ministry-of-finance
            status: verified
            source: 001_c7cf594f95abbb87.txt
            quote: the National Innovation Center (NIC)
            note: a remark
        """, problems);

    assertThat(problems.all()).isEmpty();
    assertThat(bodies).extracting(Body::id).containsExactly("nic", "japan");
    Body nic = bodies.getFirst();
    assertThat(nic.isCountry()).isFalse();
    assertThat(nic.names()).containsExactly("National Innovation Center", "NIC");
    assertThat(nic.parent()).isEqualTo("ministry-of-finance");
    assertThat(nic.citation()).isEqualTo(new Citation(Citation.Status.VERIFIED, "001_c7cf594f95abbb87.txt",
        "the National Innovation Center (NIC)", "a remark"));
    assertThat(bodies.get(1).isCountry()).isTrue();
    assertThat(bodies.get(1).names()).containsExactly("Japan", "Nhật Bản");
  }

  @Test
  void aCountryBelongsInCountriesAndOnlyThere() {
    List<Body> bodies = BodiesFile.read("""
        bodies:
          - {id: japan, kind: country, name: {en: Japan}, status: unverified}
        countries:
          - {id: vcci, kind: association, name: {en: VCCI}, status: unverified}
          - {id: Korea, kind: country, name: {vi: Hàn Quốc}, status: unverified}
        """, problems);

    assertThat(problems.all()).containsExactly(
        "bodies.yaml: 'japan' (bodies #1): a country belongs in countries, not bodies",
        "bodies.yaml: 'vcci' (countries #1): kind must be 'country' in countries",
        "bodies.yaml: 'Korea' (countries #2): id 'Korea' must be a slug: lower-case letters and digits joined by '-'",
        "bodies.yaml: 'Korea' (countries #2) > name: missing required field 'en'");
    assertThat(bodies).as("a misplaced entry is reported, not dropped; one without an English name is")
        .extracting(Body::id).containsExactly("japan", "vcci");
  }
}
