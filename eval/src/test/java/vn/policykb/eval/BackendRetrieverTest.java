package vn.policykb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendRetrieverTest {

  @TempDir
  Path folder;

  @Test
  void ranksThroughTheSearchTheWebAppAnswersWith() throws Exception {
    try (Retriever lucene = BackendRetriever.lucene(folder)) {
      lucene.index(List.of(
          new EvalDocument("d1", "Đường phố Hà Nội ngập sau mưa", "Nhiều tuyến đường ở Hà Nội ngập sâu.", "vi"),
          new EvalDocument("d2", "Kinh tế tư nhân", "Nghị quyết 68 về phát triển kinh tế tư nhân.", "vi"),
          new EvalDocument("d3", "Kinh tế tư nhân", "Nghị quyết 68 về phát triển kinh tế tư nhân.", "vi")));

      assertThat(lucene.name()).isEqualTo("search API, lucene");
      assertThat(lucene.search("duong pho ha noi", 10)).containsExactly("d1");
      // two copies of one text are one hit, as a reader sees them
      assertThat(lucene.search("kinh te tu nhan", 10)).hasSize(1).first().isIn("d2", "d3");
    }
  }
}
