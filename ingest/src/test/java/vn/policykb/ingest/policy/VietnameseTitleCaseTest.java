package vn.policykb.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTitleCaseTest {

  @Test
  void lowerCasesVietnameseLetters() {
    assertThat(VietnameseTitleCase.afterType("VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO"))
        .isEqualTo("về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo");
    assertThat(VietnameseTitleCase.afterType("ƯU ĐÃI ĐẦU TƯ Ở ĐỒNG BẰNG"))
        .isEqualTo("ưu đãi đầu tư ở đồng bằng");
  }

  @Test
  void keepsAcronymsAndNumbers() {
    assertThat(VietnameseTitleCase.afterType("VỀ HỢP TÁC TRONG ASEAN VÀ PHÒNG CHỐNG COVID-19"))
        .isEqualTo("về hợp tác trong ASEAN và phòng chống COVID-19");
    assertThat(VietnameseTitleCase.afterType("VỀ PHÁT TRIỂN KH&CN VÀ TRÍ TUỆ NHÂN TẠO (AI) CỦA UBND TỈNH"))
        .isEqualTo("về phát triển KH&CN và trí tuệ nhân tạo (AI) của UBND tỉnh");
    assertThat(VietnameseTitleCase.afterType("HỘI NGHỊ LẦN THỨ MƯỜI BA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII"))
        .isEqualTo("hội nghị lần thứ mười ba Ban Chấp hành Trung ương Đảng khóa XIII");
  }

  @Test
  void restoresNamesAndCitedDocuments() {
    assertThat(VietnameseTitleCase.afterType("VỀ KINH TẾ TƯ NHÂN Ở VIỆT NAM VÀ THÀNH PHỐ HỒ CHÍ MINH"))
        .isEqualTo("về kinh tế tư nhân ở Việt Nam và Thành phố Hồ Chí Minh");
    assertThat(VietnameseTitleCase.afterType("QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT ĐẦU TƯ"))
        .isEqualTo("quy định chi tiết một số điều của Luật Đầu tư");
    assertThat(VietnameseTitleCase.afterType("VỀ TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW"))
        .isEqualTo("về tiếp tục thực hiện Nghị quyết số 57-NQ/TW");
    assertThat(VietnameseTitleCase.afterType("VỀ ĐỔI MỚI CÔNG TÁC XÂY DỰNG VÀ THI HÀNH PHÁP LUẬT"))
        .isEqualTo("về đổi mới công tác xây dựng và thi hành pháp luật");
  }

  @Test
  void keepsMixedCaseAsWrittenButTheFirstLetter() {
    assertThat(VietnameseTitleCase.afterType("Phê duyệt Đề án phát triển chính phủ số"))
        .isEqualTo("phê duyệt Đề án phát triển chính phủ số");
    assertThat(VietnameseTitleCase.standalone("VỀ ĐỔI MỚI SÁNG TẠO")).isEqualTo("Về đổi mới sáng tạo");
  }

  @Test
  void tellsUpperCase() {
    assertThat(VietnameseTitleCase.isUpperCase("ĐỔI MỚI SÁNG TẠO, 2025")).isTrue();
    assertThat(VietnameseTitleCase.isUpperCase("Đổi mới")).isFalse();
    assertThat(VietnameseTitleCase.isUpperCase("2025 - *")).isFalse();
  }
}
