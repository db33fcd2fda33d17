package vn.policykb.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.policykb.analysis.encoding.LegacyEncoding;

/** Documents in every supported format, built in code, read back with their header fields. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PolicyDocumentParserTest {

  private static final PolicyDocumentParser PARSER = new PolicyDocumentParser();

  private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  // A Politburo resolution's header formulas; the body is written for these tests.
  static final List<String> RESOLUTION_LEFT =
      List.of("BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "Số 57-NQ/TW");
  static final List<String> RESOLUTION_RIGHT =
      List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "", "Hà Nội, ngày 22 tháng 12 năm 2024");
  static final List<String> RESOLUTION_BODY = List.of(
      "",
      "NGHỊ QUYẾT",
      "CỦA BỘ CHÍNH TRỊ",
      "VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO",
      "VÀ CHUYỂN ĐỔI SỐ QUỐC GIA",
      "-----",
      "I- TÌNH HÌNH VÀ NGUYÊN NHÂN",
      "Văn bản này được soạn riêng để kiểm thử việc đọc văn bản chính sách.",
      "Khoa học, công nghệ và đổi mới sáng tạo là động lực chính của tăng trưởng.");

  private static final String RESOLUTION_TITLE =
      "Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia";

  private static void assertResolution(PolicyDocument document) {
    assertThat(document.number()).isEqualTo("57-NQ/TW");
    assertThat(document.issuer()).isEqualTo("BỘ CHÍNH TRỊ");
    assertThat(document.place()).isEqualTo("Hà Nội");
    assertThat(document.date()).isEqualTo(LocalDate.of(2024, 12, 22));
    assertThat(document.documentType()).isEqualTo("Nghị quyết");
    assertThat(document.title()).isEqualTo(RESOLUTION_TITLE);
    assertThat(document.lang()).isEqualTo("vi");
    assertThat(document.text()).contains("Khoa học, công nghệ và đổi mới sáng tạo là động lực chính");
    assertThat(document.truncated()).isFalse();
  }

  private static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> part : parts) {
      all.addAll(part);
    }
    return all;
  }

  @Test
  void readsAResolutionFromAPdfWhoseHeaderColumnsShareLines() throws Exception {
    PolicyDocument document = PARSER.parse(
        PolicyFiles.pdfRowByRow(RESOLUTION_LEFT, RESOLUTION_RIGHT, RESOLUTION_BODY), "57-nq-tw.pdf");

    assertResolution(document);
    assertThat(document.mediaType()).isEqualTo("application/pdf");
  }

  @Test
  void readsADecreeFromAPdfWrittenColumnByColumn() throws Exception {
    PolicyDocument document = PARSER.parse(PolicyFiles.pdfColumnByColumn(
        List.of("CHÍNH PHỦ", "-------", "Số: 15/2020/NĐ-CP"),
        List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
            "Hà Nội, ngày 03 tháng 02 năm 2020"),
        List.of("",
            "NGHỊ ĐỊNH",
            "QUY ĐỊNH XỬ PHẠT VI PHẠM HÀNH CHÍNH TRONG LĨNH VỰC BƯU CHÍNH, VIỄN THÔNG,",
            "TẦN SỐ VÔ TUYẾN ĐIỆN, CÔNG NGHỆ THÔNG TIN VÀ GIAO DỊCH ĐIỆN TỬ",
            "",
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
            "Chính phủ ban hành Nghị định này; nội dung ở đây chỉ dùng để kiểm thử.")),
        "nd-15-2020.pdf");

    assertThat(document.number()).isEqualTo("15/2020/NĐ-CP");
    assertThat(document.issuer()).isEqualTo("CHÍNH PHỦ");
    assertThat(document.date()).isEqualTo(LocalDate.of(2020, 2, 3));
    assertThat(document.documentType()).isEqualTo("Nghị định");
    assertThat(document.title()).isEqualTo("Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực"
        + " bưu chính, viễn thông, tần số vô tuyến điện, công nghệ thông tin và giao dịch điện tử");
  }

  @Test
  void readsAPrimeMinistersDecisionFromADocxWithAHeaderTable() throws Exception {
    PolicyDocument document = PARSER.parse(PolicyFiles.docxWithHeaderTable(
        List.of("THỦ TƯỚNG CHÍNH PHỦ", "-------", "Số: 1131/QĐ-TTg"),
        List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
            "Hà Nội, ngày 12 tháng 6 năm 2025"),
        List.of("QUYẾT ĐỊNH",
            "BAN HÀNH DANH MỤC CÔNG NGHỆ CHIẾN LƯỢC VÀ SẢN PHẨM CÔNG NGHỆ CHIẾN LƯỢC",
            "THỦ TƯỚNG CHÍNH PHỦ",
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
            "QUYẾT ĐỊNH:",
            "Điều 1. Nội dung điều này chỉ dùng để kiểm thử.")),
        "qd-1131.docx");

    assertThat(document.number()).isEqualTo("1131/QĐ-TTg");
    assertThat(document.issuer()).isEqualTo("THỦ TƯỚNG CHÍNH PHỦ");
    assertThat(document.place()).isEqualTo("Hà Nội");
    assertThat(document.date()).isEqualTo(LocalDate.of(2025, 6, 12));
    assertThat(document.documentType()).isEqualTo("Quyết định");
    assertThat(document.title())
        .isEqualTo("Quyết định ban hành danh mục công nghệ chiến lược và sản phẩm công nghệ chiến lược");
    assertThat(document.mediaType()).isEqualTo(DOCX_TYPE);
  }

  @Test
  void readsAConclusionFromAWord97Document() throws Exception {
    PolicyDocument document = PARSER.parse(Word97Files.doc(List.of(
        "BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "Số 123-KL/TW",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 15 tháng 01 năm 2025",
        "KẾT LUẬN", "CỦA BỘ CHÍNH TRỊ", "VỀ TIẾP TỤC ĐẨY MẠNH THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW",
        "-----",
        "Bộ Chính trị kết luận như sau; văn bản chỉ dùng để kiểm thử.")), "kl-123.doc");

    assertThat(document.mediaType()).isEqualTo("application/msword");
    assertThat(document.number()).isEqualTo("123-KL/TW");
    assertThat(document.issuer()).isEqualTo("BỘ CHÍNH TRỊ");
    assertThat(document.date()).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(document.documentType()).isEqualTo("Kết luận");
    assertThat(document.title())
        .isEqualTo("Kết luận về tiếp tục đẩy mạnh thực hiện Nghị quyết số 57-NQ/TW");
  }

  @Test
  void readsACircularFromAnOdt() throws Exception {
    PolicyDocument document = PARSER.parse(PolicyFiles.odt(List.of(
        "BỘ KHOA HỌC VÀ", "CÔNG NGHỆ", "Số: 12/2025/TT-BKHCN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 04 tháng 5 năm 2025",
        "THÔNG TƯ", "Hướng dẫn đánh giá mức độ sẵn sàng chuyển đổi số của doanh nghiệp",
        "Căn cứ Nghị định số 55/2025/NĐ-CP;",
        "Thông tư này chỉ dùng để kiểm thử.")), "tt-12-2025.odt");

    assertThat(document.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(document.issuer()).isEqualTo("BỘ KHOA HỌC VÀ CÔNG NGHỆ");
    assertThat(document.number()).isEqualTo("12/2025/TT-BKHCN");
    assertThat(document.date()).isEqualTo(LocalDate.of(2025, 5, 4));
    assertThat(document.title())
        .isEqualTo("Thông tư hướng dẫn đánh giá mức độ sẵn sàng chuyển đổi số của doanh nghiệp");
  }

  @Test
  void readsAnOfficialLetterFromAnRtf() throws Exception {
    PolicyDocument document = PARSER.parse(PolicyFiles.rtf(List.of(
        "BỘ TÀI CHÍNH", "Số: 2345/BTC-CST",
        "V/v góp ý dự thảo Nghị định về ưu đãi thuế", "cho hoạt động đổi mới sáng tạo",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "TP. Hồ Chí Minh, ngày 7 tháng 3 năm 2025",
        "Kính gửi: Các bộ, cơ quan ngang bộ",
        "Bộ Tài chính đề nghị các cơ quan góp ý; văn bản chỉ dùng để kiểm thử.")), "cv-2345.rtf");

    assertThat(document.mediaType()).isEqualTo("application/rtf");
    assertThat(document.documentType()).isEqualTo("Công văn");
    assertThat(document.title())
        .isEqualTo("Công văn về việc góp ý dự thảo Nghị định về ưu đãi thuế cho hoạt động đổi mới sáng tạo");
    assertThat(document.place()).isEqualTo("TP. Hồ Chí Minh");
    assertThat(document.date()).isEqualTo(LocalDate.of(2025, 3, 7));
    assertThat(document.text()).contains("Bộ Tài chính đề nghị các cơ quan góp ý");
  }

  @Test
  void readsTheSameResolutionAlikeFromEveryFormat() throws Exception {
    List<String> lines = concat(RESOLUTION_LEFT, RESOLUTION_RIGHT, RESOLUTION_BODY);
    assertResolution(PARSER.parse(PolicyFiles.pdfColumnByColumn(RESOLUTION_LEFT, RESOLUTION_RIGHT, RESOLUTION_BODY), "a.pdf"));
    assertResolution(PARSER.parse(PolicyFiles.docxWithHeaderTable(RESOLUTION_LEFT, RESOLUTION_RIGHT, RESOLUTION_BODY), "a.docx"));
    assertResolution(PARSER.parse(Word97Files.doc(lines), "a.doc"));
    assertResolution(PARSER.parse(PolicyFiles.odt(lines), "a.odt"));
    assertResolution(PARSER.parse(PolicyFiles.rtf(lines), "a.rtf"));
  }

  @Test
  void readsAPdfThatOnlyRestrictsPermissions() throws Exception {
    // encrypted with an empty user password: any reader opens it, so it is no secret
    PolicyDocument document = PARSER.parse(PolicyFiles.encryptedPdf("", RESOLUTION_BODY), "restricted.pdf");

    assertThat(document.title()).isEqualTo(RESOLUTION_TITLE);
  }

  @Test
  void takesTitleAndDateOfAnEnglishPdfFromItsMetadata() throws Exception {
    PolicyDocument document = PARSER.parse(PolicyFiles.englishPdf(
        "Policy brief: science, technology and innovation",
        PolicyFiles.utcDate(2025, 1, 15),
        List.of("Science, technology and innovation",
            "This brief was written for the tests of the document reader. It describes how the",
            "resolution on science and technology is to be carried out by the ministries.")),
        "brief.pdf");

    assertThat(document.lang()).isEqualTo("en");
    assertThat(document.title()).isEqualTo("Policy brief: science, technology and innovation");
    assertThat(document.date()).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(document.number()).isNull();
    assertThat(document.issuer()).isNull();
    assertThat(document.documentType()).isNull();
    assertThat(document.text()).startsWith("Science, technology and innovation\n");
  }

  @Test
  void takesTheFirstHeadingAndTheDateLineOfAnEnglishDocx() throws Exception {
    PolicyDocument document = PARSER.parse(PolicyFiles.docx(1, List.of(
        "Consultation draft",
        "Breakthroughs in science and technology",
        "Hanoi, 15 January 2025",
        "This paper was written for the tests of the document reader and has no other use.")),
        "draft.docx");

    assertThat(document.lang()).isEqualTo("en");
    assertThat(document.title()).isEqualTo("Breakthroughs in science and technology");
    assertThat(document.date()).isEqualTo(LocalDate.of(2025, 1, 15));
  }

  @Test
  void givesNfcText() throws Exception {
    String decomposed = Normalizer.normalize("Nghị quyết về chuyển đổi số quốc gia", Normalizer.Form.NFD);
    PolicyDocument document = PARSER.parse(PolicyFiles.docx(-1, List.of(decomposed)), "nfd.docx");

    assertThat(document.text()).isEqualTo("Nghị quyết về chuyển đổi số quốc gia");
    assertThat(Normalizer.isNormalized(document.text(), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void convertsTextSetInALegacyVietnameseFont() throws Exception {
    // what a paragraph in the TCVN3 .VnTime font gives when the file is read as Unicode
    String text = "Chính phủ ban hành nghị định về phát triển khoa học và công nghệ trong các doanh nghiệp";
    String mojibake = new String(LegacyEncoding.TCVN3.encode(text), Charset.forName("windows-1252"));
    assertThat(mojibake).isNotEqualTo(text);

    PolicyDocument document = PARSER.parse(PolicyFiles.docx(-1, List.of(mojibake)), "legacy.docx");

    assertThat(document.text()).isEqualTo(text);
    assertThat(document.lang()).isEqualTo("vi");
  }

  @Test
  void cutsLongTextAtTheLimitAndSaysSo() throws Exception {
    List<String> paragraphs = new ArrayList<>(concat(RESOLUTION_LEFT, RESOLUTION_RIGHT, RESOLUTION_BODY));
    for (int i = 0; i < 2_000; i++) {
      paragraphs.add("Đoạn " + i + ": nội dung lặp lại để văn bản dài hơn giới hạn ký tự của bộ đọc.");
    }
    PolicyDocumentParser small = new PolicyDocumentParser(
        new PolicyDocumentParser.Limits(10L * 1024 * 1024, 5_000, Duration.ofSeconds(20)));

    PolicyDocument document = small.parse(PolicyFiles.docx(-1, paragraphs), "long.docx");

    assertThat(document.truncated()).isTrue();
    assertThat(document.text().length()).isLessThanOrEqualTo(5_000);
    assertThat(document.number()).isEqualTo("57-NQ/TW");
    assertThat(document.title()).isEqualTo(RESOLUTION_TITLE);
  }

  @Test
  void readsFromAStream() throws Exception {
    byte[] odt = PolicyFiles.odt(concat(RESOLUTION_LEFT, RESOLUTION_RIGHT, RESOLUTION_BODY));

    assertResolution(PARSER.parse(new ByteArrayInputStream(odt), null));
  }
}
