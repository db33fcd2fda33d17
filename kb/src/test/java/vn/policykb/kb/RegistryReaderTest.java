package vn.policykb.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryReaderTest {

  private static final String BODIES = """
      bodies:
        - {id: politburo, kind: party, name: {en: Politburo, vi: Bộ Chính trị}, status: unverified}
      countries: []
      """;
  private static final String PEOPLE = """
      people:
        - id: to-lam
          name: Tô Lâm
          roles: [{title: {en: General Secretary}, body: politburo, status: unverified}]
      """;
  private static final String RESOLUTIONS = """
      resolutions:
        - id: nq-57
          number: 57-NQ/TW
          name: {en: {value: breakthroughs, status: unverified}, vi: {value: đột phá, status: unverified}}
          date: {value: "2024-12-22", status: unverified}
          issuer: {value: politburo, status: unverified}
      """;
  private static final String GLOSSARY = "en\tvi\ttopics\ninnovation\tđổi mới sáng tạo\t57\n";

  private final Map<String, byte[]> files = new HashMap<>(Map.of(
      "bodies.yaml", utf8(BODIES), "people.yaml", utf8(PEOPLE),
      "resolutions.yaml", utf8(RESOLUTIONS), "glossary.tsv", utf8(GLOSSARY)));

  @Test
  void readsTheFourFiles() {
    Registries registries = RegistryReader.read(files::get);

    assertThat(registries.bodies()).extracting(Body::id).containsExactly("politburo");
    assertThat(registries.people()).extracting(Person::id).containsExactly("to-lam");
    assertThat(registries.resolutions()).extracting(Resolution::id).containsExactly("nq-57");
    assertThat(registries.glossary()).extracting(GlossaryEntry::preferredEn).containsExactly("innovation");
    assertThat(registries.entities()).extracting(Entity::id).containsExactly("to-lam", "politburo");
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    files.put("glossary.tsv", utf8("\uFEFF" + GLOSSARY));

    assertThat(RegistryReader.read(files::get).glossary()).hasSize(1);
  }

  @Test
  void everyFileThatCannotBeReadIsReportedInOneFailure() {
    files.remove("people.yaml");
    files.put("glossary.tsv", new byte[] {'e', 'n', (byte) 0xC3, '\t'});

    assertThatThrownBy(() -> RegistryReader.read(name -> {
      if (name.equals("resolutions.yaml")) {
        throw new UncheckedIOException(new IOException("permission denied"));
      }
      return files.get(name);
    }))
        .isInstanceOfSatisfying(KnowledgeBaseException.class, e -> assertThat(e.problems()).containsExactly(
            "resolutions.yaml: cannot be read: permission denied",
            "people.yaml: file not found",
            "glossary.tsv: not valid UTF-8"));
  }

  @Test
  void problemsOfEachFileAndAcrossFilesAreListedTogether() {
    files.put("people.yaml", utf8(PEOPLE.replace("body: politburo", "body: polit-buro")));
    files.put("bodies.yaml", utf8(BODIES + "extra: []\n"));

    assertThatThrownBy(() -> RegistryReader.read(files::get))
        .isInstanceOfSatisfying(KnowledgeBaseException.class, e -> assertThat(e.problems()).containsExactly(
            "bodies.yaml: unknown section 'extra' (expected bodies, countries)",
            "people.yaml: 'to-lam': role 'General Secretary': body 'polit-buro' is not an id in bodies.yaml"));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
