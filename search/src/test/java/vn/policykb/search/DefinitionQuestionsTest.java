package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.index.DocumentIndex;

/**
 * A question that asks what a term means is answered by the passage that defines it, the term
 * followed by {@code là}, however the question is put; the other articles that use the term, as
 * often or more, rank below it. The articles are a statute's, headed by their number and subject, as
 * statute passages are; a heading that names the term is evidence of its own.
 */
class DefinitionQuestionsTest {

  @TempDir
  static Path dataDir;

  static DocumentIndex index;
  static DocumentSearcher searcher;

  private static Article article(String id, String title, String body) {
    return new Article(id, id, null, null, title, body, "vi", null, null, "Luật An ninh mạng");
  }

  @BeforeAll
  static void index() throws Exception {
    index = DocumentIndex.open(dataDir);
    for (Article a : List.of(
        article("giai-thich", "Điều 2. Giải thích từ ngữ",
            "Trong Luật này, các từ ngữ dưới đây được hiểu như sau: 1. An ninh mạng là sự bảo đảm hoạt động"
                + " trên không gian mạng không gây phương hại đến an ninh quốc gia, trật tự, an toàn xã hội,"
                + " quyền và lợi ích hợp pháp của cơ quan, tổ chức, cá nhân. 2. Bảo vệ an ninh mạng là phòng"
                + " ngừa, phát hiện, ngăn chặn, xử lý hành vi xâm phạm. 3. Không gian mạng là mạng lưới kết nối"
                + " của cơ sở hạ tầng công nghệ thông tin."),
        article("luc-luong", "Điều 30. Lực lượng chuyên trách",
            "Lực lượng chuyên trách bảo vệ an ninh mạng được bố trí tại Bộ Công an. Lực lượng bảo vệ an ninh"
                + " mạng gồm lực lượng chuyên trách bảo vệ an ninh mạng và các tổ chức được huy động tham gia"
                + " bảo vệ an ninh mạng; an ninh mạng của hệ thống thông tin quan trọng."),
        article("kiem-tra", "Điều 24. Kiểm tra hệ thống thông tin",
            "Kiểm tra an ninh mạng đối với hệ thống thông tin quan trọng về an ninh mạng được thực hiện khi"
                + " có sự cố an ninh mạng; đánh giá điều kiện an ninh mạng trước khi đưa vào sử dụng."),
        article("nguyen-tac", "Điều 4. Nguyên tắc",
            "Bảo vệ an ninh mạng phải tuân thủ Hiến pháp và pháp luật; kết hợp chặt chẽ giữa bảo vệ an ninh"
                + " mạng với bảo vệ hệ thống thông tin; chủ động phòng ngừa, phát hiện hành vi xâm phạm an"
                + " ninh mạng."))) {
      index.write(TestCorpus.ENRICHMENT.enrich(a));
    }
    index.commit();
    searcher = new DocumentSearcher(index, TestCorpus.KB);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "An ninh mạng là gì?",
      "Thế nào là an ninh mạng?",
      "Định nghĩa của \"an ninh mạng\"?",
      "Khái niệm về an ninh mạng",
      "the nao la an ninh mang",
  })
  void theDefinitionAnswers(String question) throws Exception {
    List<String> ranked = searcher.search(new SearchRequest(question, 1, 10)).hits().stream()
        .map(SearchHit::id).toList();
    assertThat(ranked).as(question).startsWith("giai-thich");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"an ninh mạng", "lực lượng chuyên trách"})
  void aTermOnItsOwnAsksForNoDefinition(String query) throws Exception {
    List<String> ranked = searcher.search(new SearchRequest(query, 1, 10)).hits().stream()
        .map(SearchHit::id).toList();
    assertThat(ranked).as(query).isNotEmpty().first().isNotEqualTo("giai-thich");
  }
}
