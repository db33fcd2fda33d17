package vn.policykb.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.policykb.ingest.policy.OfficialHeader.Fields;

/** Header fields from text laid out as the extractors give it for each kind of file. */
class OfficialHeaderTest {

  @Test
  void readsAPartyResolutionWhoseColumnsShareLines() {
    // PDF text: the two header columns merged row by row
    Fields fields = OfficialHeader.read("""
        BAN CHẤP HÀNH TRUNG ƯƠNG          ĐẢNG CỘNG SẢN VIỆT NAM
                    *
        Số 57-NQ/TW           Hà Nội, ngày 22 tháng 12 năm 2024

        NGHỊ QUYẾT
        CỦA BỘ CHÍNH TRỊ
        VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO
        VÀ CHUYỂN ĐỔI SỐ QUỐC GIA
        -----
        I- TÌNH HÌNH VÀ NGUYÊN NHÂN
        Đoạn văn này chỉ có trong kiểm thử.
        """);

    assertThat(fields.number()).isEqualTo("57-NQ/TW");
    assertThat(fields.issuer()).isEqualTo("BỘ CHÍNH TRỊ");
    assertThat(fields.place()).isEqualTo("Hà Nội");
    assertThat(fields.date()).isEqualTo(LocalDate.of(2024, 12, 22));
    assertThat(fields.documentType()).isEqualTo("Nghị quyết");
    assertThat(fields.title()).isEqualTo(
        "Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia");
    assertThat(fields.found()).isTrue();
  }

  @Test
  void takesTheLeftColumnAsIssuerWhenTheTypeNamesNoAuthor() {
    Fields fields = OfficialHeader.read("""
        BAN CHẤP HÀNH TRUNG ƯƠNG
        *
        Số 12-CT/TW
        ĐẢNG CỘNG SẢN VIỆT NAM
        Hà Nội, ngày 3 tháng 1 năm 2025
        CHỈ THỊ
        về việc tăng cường kiểm thử phần mềm
        Nội dung chỉ thị dùng riêng cho kiểm thử.
        """);

    assertThat(fields.issuer()).isEqualTo("BAN CHẤP HÀNH TRUNG ƯƠNG");
    assertThat(fields.documentType()).isEqualTo("Chỉ thị");
    assertThat(fields.title()).isEqualTo("Chỉ thị về việc tăng cường kiểm thử phần mềm");
    assertThat(fields.date()).isEqualTo(LocalDate.of(2025, 1, 3));
  }

  @Test
  void readsColumnsGivenRightColumnFirst() {
    // table cells in the other order, each line its own paragraph, blank lines between
    Fields fields = OfficialHeader.read("""
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

        Độc lập - Tự do - Hạnh phúc

        ---------------

        Hà Nội, ngày 12 tháng 6 năm 2025

        THỦ TƯỚNG CHÍNH PHỦ

        -------

        Số: 1131/QĐ-TTg

        QUYẾT ĐỊNH

        BAN HÀNH DANH MỤC CÔNG NGHỆ CHIẾN LƯỢC VÀ SẢN PHẨM

        CÔNG NGHỆ CHIẾN LƯỢC

        THỦ TƯỚNG CHÍNH PHỦ

        Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
        """);

    assertThat(fields.number()).isEqualTo("1131/QĐ-TTg");
    assertThat(fields.issuer()).isEqualTo("THỦ TƯỚNG CHÍNH PHỦ");
    assertThat(fields.date()).isEqualTo(LocalDate.of(2025, 6, 12));
    assertThat(fields.documentType()).isEqualTo("Quyết định");
    assertThat(fields.title()).isEqualTo(
        "Quyết định ban hành danh mục công nghệ chiến lược và sản phẩm công nghệ chiến lược");
  }

  @Test
  void endsAMixedCaseTitleAtThePreamble() {
    Fields fields = OfficialHeader.read("""
        CHÍNH PHỦ
        -------
        Số: 15/2020/NĐ-CP
        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập – Tự do – Hạnh phúc
        Hà Nội, ngày 03 tháng 02 năm 2020
        NGHỊ ĐỊNH
        Quy định xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông,
        tần số vô tuyến điện, công nghệ thông tin và giao dịch điện tử
        Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
        """);

    assertThat(fields.number()).isEqualTo("15/2020/NĐ-CP");
    assertThat(fields.issuer()).isEqualTo("CHÍNH PHỦ");
    assertThat(fields.date()).isEqualTo(LocalDate.of(2020, 2, 3));
    assertThat(fields.title()).isEqualTo("Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực"
        + " bưu chính, viễn thông, tần số vô tuyến điện, công nghệ thông tin và giao dịch điện tử");
  }

  @Test
  void joinsAnIssuerPrintedOnTwoLines() {
    Fields fields = OfficialHeader.read("""
        BỘ KHOA HỌC VÀ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        CÔNG NGHỆ               Độc lập - Tự do - Hạnh phúc
        Số: 12/2025/TT-BKHCN    Hà Nội, ngày 04 tháng 5 năm 2025
        THÔNG TƯ
        Hướng dẫn đánh giá mức độ sẵn sàng chuyển đổi số
        Căn cứ Nghị định số 55/2025/NĐ-CP;
        """);

    assertThat(fields.issuer()).isEqualTo("BỘ KHOA HỌC VÀ CÔNG NGHỆ");
    assertThat(fields.number()).isEqualTo("12/2025/TT-BKHCN");
    assertThat(fields.date()).isEqualTo(LocalDate.of(2025, 5, 4));
    assertThat(fields.title()).isEqualTo("Thông tư hướng dẫn đánh giá mức độ sẵn sàng chuyển đổi số");
  }

  @Test
  void readsALawNumberedUnderItsTitle() {
    Fields fields = OfficialHeader.read("""
        QUỐC HỘI
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        LUẬT
        AN NINH MẠNG
        Luật số: 24/2018/QH14
        Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
        """);

    assertThat(fields.issuer()).isEqualTo("QUỐC HỘI");
    assertThat(fields.number()).isEqualTo("24/2018/QH14");
    assertThat(fields.documentType()).isEqualTo("Luật");
    assertThat(fields.title()).isEqualTo("Luật An ninh mạng");
    assertThat(fields.date()).isNull();
  }

  @Test
  void readsAnOfficialLetterBySubject() {
    Fields fields = OfficialHeader.read("""
        BỘ TÀI CHÍNH
        Số: 2345/BTC-CST
        V/v góp ý dự thảo Nghị định về ưu đãi thuế
        cho hoạt động đổi mới sáng tạo
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        TP. Hồ Chí Minh, ngày 7 tháng 3 năm 2025
        Kính gửi: Các bộ, cơ quan ngang bộ
        """);

    assertThat(fields.documentType()).isEqualTo("Công văn");
    assertThat(fields.title())
        .isEqualTo("Công văn về việc góp ý dự thảo Nghị định về ưu đãi thuế cho hoạt động đổi mới sáng tạo");
    assertThat(fields.issuer()).isEqualTo("BỘ TÀI CHÍNH");
    assertThat(fields.place()).isEqualTo("TP. Hồ Chí Minh");
    assertThat(fields.date()).isEqualTo(LocalDate.of(2025, 3, 7));
  }

  @Test
  void takesTheTypeFromTheSymbolWithoutATypeHeading() {
    Fields fields = OfficialHeader.read("""
        THỦ TƯỚNG CHÍNH PHỦ
        Số: 45/CĐ-TTg
        Hà Nội, ngày 20 tháng 4 năm 2025
        Các bộ, ngành tập trung thực hiện các nhiệm vụ sau đây.
        """);

    assertThat(fields.documentType()).isEqualTo("Công điện");
    assertThat(fields.issuer()).isEqualTo("THỦ TƯỚNG CHÍNH PHỦ");
    assertThat(fields.title()).isNull();
  }

  @Test
  void leavesAnImpossibleDateOut() {
    Fields fields = OfficialHeader.read("""
        CHÍNH PHỦ
        Số: 99/2024/NĐ-CP
        Hà Nội, ngày 31 tháng 2 năm 2024
        NGHỊ ĐỊNH
        Về một nội dung thử nghiệm
        """);

    assertThat(fields.date()).isNull();
    assertThat(fields.place()).isEqualTo("Hà Nội");
    assertThat(fields.number()).isEqualTo("99/2024/NĐ-CP");
  }

  @Test
  void findsNothingInTextWithoutAHeader() {
    Fields fields = OfficialHeader.read("""
        Science, technology and innovation in Vietnam
        The government approved a list of strategic technologies on 12 June 2025.
        """);

    assertThat(fields.found()).isFalse();
    assertThat(fields).isEqualTo(new Fields(null, null, null, null, null, null));
  }

  @Test
  void takesNothingFromAnArticleThatCitesADocument() {
    Fields fields = OfficialHeader.read("""
        ĐỘT PHÁ KHOA HỌC, CÔNG NGHỆ LÀ ĐỘNG LỰC TĂNG TRƯỞNG
        Nghị quyết số 57-NQ/TW của Bộ Chính trị được các địa phương triển khai.
        Số doanh nghiệp công nghệ tăng nhanh trong năm qua.
        """);

    assertThat(fields.number()).isNull();
    assertThat(fields.issuer()).isNull();
    assertThat(fields.found()).isFalse();
  }

  @Test
  void doesNotTakeDatesFromTheBody() {
    Fields fields = OfficialHeader.read("""
        NGHỊ QUYẾT
        VỀ MỘT NỘI DUNG THỬ NGHIỆM
        Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
        Nghị quyết này có hiệu lực từ ngày 01 tháng 7 năm 2025.
        """);

    assertThat(fields.date()).isNull();
    assertThat(fields.title()).isEqualTo("Nghị quyết về một nội dung thử nghiệm");
  }
}
