package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionWordsTest {

  /** The words of the query, and those marked as question words written in capitals. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "suy giáp LÀ GÌ",
      "vòm ngang nằm Ở ĐÂU",
      "bệnh NÀO",
      "insulin có tác dụng GÌ",
      "thuốc được dùng NHƯ THẾ NÀO",
      "liều dùng BAO NHIÊU",
      "TẠI SAO giá vàng tăng",
      "ngôi sao điện ảnh",
      "có nên uống thuốc khi mang thai KHÔNG",
      "không khí ô nhiễm",
      "đã tiêm CHƯA",
      "LÚC NÀO",
      "là người việt",
      "ĐỊNH NGHĨA CỦA quan hệ lao động",
      "THẾ NÀO LÀ an ninh mạng",
      "KHÁI NIỆM VỀ tài sản chung",
      "HIỂU THẾ NÀO LÀ tình thế cấp thiết",
      "định nghĩa",
      "sửa đổi định nghĩa",
  })
  void marksTheWordsThatAsk(String marked) {
    List<String> words = Arrays.stream(marked.split(" ")).map(w -> w.toLowerCase(Locale.ROOT)).toList();
    boolean[] question = QuestionWords.mark(words);
    String[] typed = marked.split(" ");
    for (int i = 0; i < typed.length; i++) {
      boolean expected = !typed[i].equals(typed[i].toLowerCase(Locale.ROOT));
      assertThat(question[i]).as("%s in %s", typed[i], marked).isEqualTo(expected);
    }
  }

  @Test
  void aWordThatIsNotOnePlainSyllableIsNeverAQuestionWord() {
    assertThat(QuestionWords.mark(Arrays.asList("là", null, "gì"))).containsExactly(false, false, true);
  }
}
