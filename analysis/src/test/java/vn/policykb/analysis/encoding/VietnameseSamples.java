package vn.policykb.analysis.encoding;

import java.util.List;
import java.util.Locale;

/** Vietnamese text shared by the encoding tests. */
final class VietnameseSamples {

  /**
   * A news paragraph with every kind of letter the encodings have to carry: toned capitals in a
   * heading, đ and Đ, ư and ơ together, digits and ASCII punctuation.
   */
  static final String PARAGRAPH = """
      ĐẨY MẠNH CHUYỂN ĐỔI SỐ QUỐC GIA
      Hà Nội, ngày 15 tháng 3 năm 2025 - Thủ tướng Chính phủ đã ký quyết định phê duyệt Đề án \
      chuyển đổi số quốc gia. Theo đó, đến năm 2030, kinh tế số chiếm khoảng 30% GDP; các bộ, \
      ngành và địa phương phải hoàn thành việc kết nối dữ liệu dân cư. "Đây là nhiệm vụ trọng \
      tâm, cấp bách", Bộ trưởng nhấn mạnh. Người dân ở Ninh Bình, Đà Nẵng và Thành phố Hồ Chí \
      Minh sẽ được hưởng lợi từ các dịch vụ công trực tuyến; doanh nghiệp nhỏ và vừa được hỗ trợ \
      ứng dụng công nghệ mới.
      """;

  private VietnameseSamples() {}

  /**
   * Each of the 134 letters inside a syllable ({@code bàn}, {@code BẶN}, {@code ỳ}, {@code đi}),
   * so that every one of them is also a word a Vietnamese reader would accept.
   */
  static List<String> letterSyllables() {
    return VietnameseLetters.precomposed().stream().map(VietnameseSamples::syllableWith).toList();
  }

  static String syllableWith(char letter) {
    char lower = Character.toLowerCase(letter);
    String syllable;
    if (lower == 'đ') {
      syllable = "đi";
    } else if (VietnameseLetters.toneless(lower) == 'y') {
      syllable = String.valueOf(lower);
    } else {
      syllable = "b" + lower + "n";
    }
    return Character.isUpperCase(letter) ? syllable.toUpperCase(Locale.ROOT) : syllable;
  }
}
