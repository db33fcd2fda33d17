package vn.policykb.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.analysis.TextNormalization;

class KnowledgeBaseTest {

  static final Path KB = Path.of("..", "corpus", "kb").toAbsolutePath().normalize();
  static final Path ARTICLES = Path.of("..", "corpus", "articles").toAbsolutePath().normalize();

  @TempDir
  Path temp;

  @Test
  void theBundledCopyLoadsAndMatchesTheFolder() {
    KnowledgeBase bundled = KnowledgeBase.loadBundled();
    KnowledgeBase folder = KnowledgeBase.load(KB);

    assertThat(bundled.resolutions()).hasSize(4);
    assertThat(bundled.resolutions()).extracting(Resolution::number)
        .containsExactly("57-NQ/TW", "59-NQ/TW", "66-NQ/TW", "68-NQ/TW");
    assertThat(bundled.resolutions()).allSatisfy(r -> assertThat(r.issuer().value()).isEqualTo("politburo"));
    assertThat(bundled.people()).hasSameSizeAs(folder.people()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(bundled.bodies()).hasSameSizeAs(folder.bodies());
    assertThat(bundled.countries()).hasSameSizeAs(folder.countries());
    assertThat(bundled.glossary().size()).isEqualTo(folder.glossary().size());
  }

  @Test
  void resolutionsCarryTheirDatesAndNames() {
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    Resolution r57 = kb.resolution("57-NQ/TW").orElseThrow();
    assertThat(r57.issued()).hasToString("2024-12-22");
    assertThat(r57.nameVi().value())
        .isEqualTo("đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia");
    assertThat(r57.implementingDocuments()).extracting(d -> d.number().value()).contains("1131/QĐ-TTg");
    assertThat(kb.resolution("nghi quyet 68")).map(Resolution::id).hasValue("nq-68");
    assertThat(kb.resolution("Resolution No. 59")).map(Resolution::number).hasValue("59-NQ/TW");
    assertThat(kb.resolution("66-nq/tw")).map(Resolution::issued).map(Object::toString).hasValue("2025-04-30");
    assertThat(kb.resolution("Nghị quyết 69")).isEmpty();
  }

  @Test
  void namesOfTheGeneralSecretaryResolveToOnePerson() {
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    List<String> names = List.of("To Lam", "tổng bí thư tô lâm", "General Secretary Lâm", "Tô Lâm",
        "General Secretary To Lam", "Party chief", "Tổng Bí thư",
        // decomposed marks, as some articles store them
        Normalizer.normalize("Tổng Bí thư Tô Lâm", Normalizer.Form.NFD), "  TONG BI THU   to lam ");
    for (String name : names) {
      assertThat(kb.person(name)).as(name).map(Person::id).hasValue("to-lam");
    }
    assertThat(kb.person("Nguyen Van Thang")).map(Person::name).hasValue("Nguyễn Văn Thắng");
    assertThat(kb.person("Lâm")).as("a given name alone is not an alias").isEmpty();
  }

  @Test
  void countriesAndBodiesResolveByAnyOfTheirNames() {
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    Body korea = kb.country("RoK").orElseThrow();
    assertThat(kb.country("Hàn Quốc")).hasValue(korea);
    assertThat(kb.country("han quoc")).hasValue(korea);
    assertThat(kb.country("South Korea")).hasValue(korea);
    assertThat(korea.id()).isEqualTo("republic-of-korea");
    assertThat(kb.country("Viet Nam")).map(Body::id).hasValue("viet-nam");
    assertThat(kb.country("Vietnam")).map(Body::id).hasValue("viet-nam");
    assertThat(kb.country("Nhật Bản")).map(Body::id).hasValue("japan");

    assertThat(kb.body("Bộ Chính trị")).map(Body::id).hasValue("politburo");
    assertThat(kb.body("Politburo")).map(Body::id).hasValue("politburo");
    assertThat(kb.body("Bo Tai chinh")).map(Body::id).hasValue("ministry-of-finance");
    assertThat(kb.body("NIC")).map(Body::parent).hasValue("ministry-of-finance");
    assertThat(kb.body("Trung tâm Đổi mới sáng tạo Quốc gia")).map(Body::id).hasValue("nic");
    assertThat(kb.body("TTXVN")).map(Body::id).hasValue("vna");
    assertThat(kb.body("RoK")).as("a country is not an organisation").isEmpty();
    assertThat(kb.resolve("unknown body")).isEmpty();
  }

  @Test
  void theGlossaryTranslatesBothWays() {
    Glossary glossary = KnowledgeBase.loadBundled().glossary();
    assertThat(glossary.size()).isGreaterThanOrEqualTo(200);
    assertThat(glossary.toVietnamese("digital transformation")).containsExactly("chuyển đổi số");
    assertThat(glossary.toEnglish("chuyển đổi số")).containsExactly("digital transformation");
    assertThat(glossary.translations("Chuyen doi so")).containsExactly("digital transformation");
    assertThat(glossary.translations("innovation")).containsExactly("đổi mới sáng tạo");
    assertThat(glossary.translations("private sector")).contains("kinh tế tư nhân");
    assertThat(glossary.translations("kinh tế tư nhân")).contains("private sector", "private economy");
    assertThat(glossary.translations("tổng công trình sư")).containsExactly("chief engineer");
    assertThat(glossary.translations("sci-tech")).contains("khoa học và công nghệ");
    assertThat(glossary.translations("no such term")).isEmpty();
  }

  @Test
  void theBundledFilesAreNfcUtf8() throws IOException {
    for (String file : KnowledgeBase.FILES) {
      String text = Files.readString(KB.resolve(file), StandardCharsets.UTF_8);
      assertThat(TextNormalization.nfc(text)).as(file).isEqualTo(text);
    }
  }

  @Test
  void everyVerifiedResolutionFactQuotesAnArticleThatCitesTheResolution() throws IOException {
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    int verified = 0;
    for (Resolution resolution : kb.resolutions()) {
      String n = resolution.shortNumber();
      Pattern cited = Pattern.compile("\\b" + n + "-NQ/TW\\b|Resolution (No\\. )?" + n + "\\b|Nghị quyết (số )?" + n + "\\b");
      for (Resolution.NamedFact named : resolution.facts()) {
        Citation citation = named.fact().citation();
        if (!citation.verified()) {
          continue;
        }
        verified++;
        String where = resolution.number() + " " + named.field();
        String article = articleText(citation.source(), where);
        assertThat(cited.matcher(article).find()).as(where + ": " + citation.source() + " cites " + n).isTrue();
        assertThat(article).as(where + ": quote").contains(flatten(citation.quote()));
      }
    }
    assertThat(verified).isGreaterThanOrEqualTo(10);
  }

  @Test
  void everyVerifiedPersonAndBodyQuotesItsArticle() throws IOException {
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    List<String> checked = new ArrayList<>();
    for (Person person : kb.people()) {
      for (Role role : person.roles()) {
        if (role.citation().verified()) {
          String where = person.id() + " / " + role.title().en();
          assertThat(articleText(role.citation().source(), where)).as(where).contains(flatten(role.citation().quote()));
          checked.add(where);
        }
      }
    }
    for (Body body : kb.entities().stream().filter(Body.class::isInstance).map(Body.class::cast).toList()) {
      if (body.citation().verified()) {
        assertThat(articleText(body.citation().source(), body.id())).as(body.id()).contains(flatten(body.citation().quote()));
        checked.add(body.id());
      }
    }
    assertThat(checked).hasSizeGreaterThan(20);
  }

  @Test
  void everyPersonNamedInTheArticlesIsInTheRegistry() {
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    for (String name : List.of("Tô Lâm", "Nguyễn Văn Thắng", "Nguyễn Mạnh Hùng", "Nguyen Chi Dung", "Le Duc Anh",
        "Pham Minh Chinh", "Grigory Trubnikov", "Patrick Haverman", "Tran Anh Dung (MOG)", "Hung Tran (Got It)")) {
      assertThat(kb.person(name)).as(name).isPresent();
    }
  }

  @Test
  void aDuplicateAliasIsRejectedNamingBothEntries() throws IOException {
    Path dir = copyOfBundled();
    replace(dir.resolve("people.yaml"), "en: [Nguyen Van Thang,", "en: [Nguyen Van Thang, To Lâm,");

    assertThatThrownBy(() -> KnowledgeBase.load(dir))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining("people.yaml: 'nguyen-van-thang'")
        .hasMessageContaining("alias 'To Lâm' is already claimed by people.yaml entry 'to-lam'");
  }

  @Test
  void anAliasOfABodyMayNotNameAPerson() throws IOException {
    Path dir = copyOfBundled();
    replace(dir.resolve("bodies.yaml"), "vi: [ĐCSVN, Đảng]", "vi: [ĐCSVN, Đảng, Tong Bi Thu]");

    assertThatThrownBy(() -> KnowledgeBase.load(dir))
        .hasMessageContaining("bodies.yaml: 'cpv'")
        .hasMessageContaining("alias 'Tong Bi Thu' is already claimed by people.yaml entry 'to-lam'");
  }

  @Test
  void aMissingIdIsRejected() throws IOException {
    Path dir = copyOfBundled();
    replace(dir.resolve("bodies.yaml"), "  - id: vcci\n", "  - \n");

    assertThatThrownBy(() -> KnowledgeBase.load(dir))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining("bodies.yaml: bodies #")
        .hasMessageContaining("(no id): missing required field 'id'");
  }

  @Test
  void aDuplicateIdAndABrokenReferenceAreRejected() throws IOException {
    Path dir = copyOfBundled();
    replace(dir.resolve("bodies.yaml"), "  - id: vcci\n", "  - id: vna\n");
    replace(dir.resolve("people.yaml"), "body: ministry-of-finance", "body: ministry-of-finances");

    assertThatThrownBy(() -> KnowledgeBase.load(dir))
        .hasMessageContaining("bodies.yaml: 'vna': duplicate id")
        .hasMessageContaining("people.yaml: 'nguyen-van-thang': role 'Minister of Finance': body 'ministry-of-finances' is not an id in bodies.yaml");
  }

  @Test
  void aVerifiedFactNeedsItsSourceAndQuote() throws IOException {
    Path dir = copyOfBundled();
    replace(dir.resolve("resolutions.yaml"), "      source: 003_03df2e5d8c9c186e.txt\n      quote: The Politburo of the Communist Party",
        "      quote: The Politburo of the Communist Party");
    replace(dir.resolve("resolutions.yaml"), "value: \"2025-01-24\"", "value: \"24/01/2025\"");

    assertThatThrownBy(() -> KnowledgeBase.load(dir))
        .hasMessageContaining("resolutions.yaml: 'nq-57' (resolutions #1) > date: status is verified but no 'source' names the bundled article")
        .hasMessageContaining("resolutions.yaml: 'nq-59' (resolutions #2): 'date' must be a date written YYYY-MM-DD, not '24/01/2025'");
  }

  @Test
  void glossaryProblemsNameTheLine() throws IOException {
    Path dir = copyOfBundled();
    Files.writeString(dir.resolve("glossary.tsv"),
        "en\tvi\ttopics\ninnovation\tđổi mới sáng tạo\t57\nInnovation\tsáng tạo\tgeneral\nreform\t\tgeneral\nsemiconductor\tbán dẫn\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> KnowledgeBase.load(dir))
        .hasMessageContaining("glossary.tsv: line 3: English term 'Innovation' is already on line 2 ('innovation')")
        .hasMessageContaining("glossary.tsv: line 4: missing required column 'vi'")
        .hasMessageContaining("glossary.tsv: line 5: expected 3 tab-separated columns");
  }

  @Test
  void aMissingFileAndBadYamlAreReported() throws IOException {
    Path dir = copyOfBundled();
    Files.delete(dir.resolve("people.yaml"));
    Files.writeString(dir.resolve("bodies.yaml"), "bodies: [\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> KnowledgeBase.load(dir))
        .hasMessageContaining("people.yaml: file not found")
        .hasMessageContaining("bodies.yaml: not valid YAML");
  }

  @Test
  void aMisspeltFieldIsReported() throws IOException {
    Path dir = copyOfBundled();
    replace(dir.resolve("people.yaml"), "    name: Nguyễn Mạnh Hùng\n", "    nmae: Nguyễn Mạnh Hùng\n");

    assertThatThrownBy(() -> KnowledgeBase.load(dir))
        .hasMessageContaining("people.yaml: 'nguyen-manh-hung' (people #3): missing required field 'name'")
        .hasMessageContaining("people.yaml: 'nguyen-manh-hung' (people #3): unknown field 'nmae'");
  }

  private Path copyOfBundled() throws IOException {
    Path dir = temp.resolve("kb");
    Files.createDirectories(dir);
    for (String file : KnowledgeBase.FILES) {
      Files.copy(KB.resolve(file), dir.resolve(file));
    }
    return dir;
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).as(file + " contains the text to replace").contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private static String articleText(String source, String where) throws IOException {
    Path path = ARTICLES.resolve(source);
    assertThat(path).as(where + ": source").exists();
    return flatten(Files.readString(path, StandardCharsets.UTF_8));
  }

  /** NFC with every run of white space as one space. */
  private static String flatten(String text) {
    return TextNormalization.nfc(text).replaceAll("\\s+", " ");
  }
}
