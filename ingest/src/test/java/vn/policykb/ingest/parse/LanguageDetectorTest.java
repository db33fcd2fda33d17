package vn.policykb.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Tổng Bí thư Tô Lâm nhấn mạnh vai trò của kinh tế tư nhân | vi",
      "Tong Bi thu To Lam nhan manh vai tro cua kinh te tu nhan trong phat trien dat nuoc | vi",
      "nghi quyet 68 ve phat trien kinh te tu nhan | vi",
      "Party General Secretary Tô Lâm urged the network to promote its role | en",
      "The Politburo issued Resolution 57 on science and technology | en",
      "Minister Nguyễn Văn Thắng said the network was established in Việt Nam | en",
      "Hà Nội | vi",
      "private sector development | en",
  })
  void tellsVietnameseFromEnglish(String text, String expected) {
    assertThat(LanguageDetector.detect(text)).isEqualTo(expected);
  }
}
