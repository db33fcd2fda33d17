package vn.policykb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.eval.cli.EvalCli;

class EvalCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path folder;

  private String run(String... args) {
    CommandLine cli = new CommandLine(new EvalCli());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute(args)).as(err.toString()).isZero();
    return out.toString();
  }

  private Path jsonl(String name, List<Map<String, Object>> rows) throws Exception {
    StringBuilder text = new StringBuilder();
    for (Map<String, Object> row : rows) {
      text.append(JSON.writeValueAsString(row)).append('\n');
    }
    return Files.writeString(folder.resolve(name), text);
  }

  private static final List<Map<String, Object>> CORPUS = List.of(
      Map.of("id", "d1", "title", "Đường phố Hà Nội ngập sau mưa", "text", "Nhiều tuyến đường ở Hà Nội ngập sâu.", "lang", "vi"),
      Map.of("id", "d2", "title", "Huyện Đương Dương", "text", "Đương Dương là một huyện của tỉnh Hồ Bắc.", "lang", "vi"),
      Map.of("id", "d3", "title", "Kinh tế tư nhân", "text", "Nghị quyết 68 về phát triển kinh tế tư nhân.", "lang", "vi"));

  @Test
  void scoresOurSearchAndThePlainBaselineOnTheSameQueries() throws Exception {
    Path corpus = jsonl("corpus.jsonl", CORPUS);
    Path queries = jsonl("queries.jsonl", List.of(
        Map.of("qid", "q1", "query", "te tu nhan", "relevant", List.of("d3")),
        Map.of("qid", "q2", "query", "đường phố", "relevant", List.of("d1"))));

    String out = run("eval", "--corpus", corpus.toString(), "--queries", queries.toString(), "--misses", "5");

    assertThat(out).contains("3 documents, 2 queries");
    assertThat(out).containsPattern("corpus.jsonl +policy-kb +100\\.00 +100\\.00 +100\\.00 +100\\.00");
    // without folding, the plain baseline cannot match the unaccented query
    assertThat(out).containsPattern("corpus.jsonl +Lucene StandardAnalyzer BM25 +50\\.00 ");
    assertThat(out).contains("miss [corpus.jsonl, Lucene StandardAnalyzer BM25] q1: te tu nhan");
  }

  @Test
  void knownItemTypesEachTitleThreeWays() throws Exception {
    Path corpus = jsonl("news.jsonl", CORPUS);

    String out = run("eval", "--known-item", corpus.toString(), "--sample", "3", "--no-baseline");

    assertThat(out).contains("3 documents, 9 queries");
    assertThat(out).containsPattern("titles as_published +policy-kb +100\\.00");
    assertThat(out).containsPattern("titles unaccented +policy-kb +100\\.00");
    assertThat(out).containsPattern("titles other_tone_style_decomposed +policy-kb +100\\.00");
    assertThat(out).doesNotContain("Lucene StandardAnalyzer");
  }

  @Test
  void vireCorpusIsTheDistinctContexts() throws Exception {
    Path csv = Files.writeString(folder.resolve("vire.csv"), """
        \uFEFFidx,question,answer,context
        1,Insulin có tác dụng gì tại cơ?,x,"Tại cơ: insulin đẩy mạnh sử dụng glucose, tổng hợp glycogen."
        2,"Tại gan, insulin làm gì?",y,"Tại gan: insulin đẩy mạnh dự trữ glucose."
        3,Insulin tổng hợp gì ở cơ?,z,"Tại cơ: insulin đẩy mạnh sử dụng glucose, tổng hợp glycogen."
        """);

    EvalSet set = EvalSets.vire(csv);

    assertThat(set.documents()).hasSize(2);
    assertThat(set.queries()).extracting(EvalQuery::relevant)
        .containsExactly(java.util.Set.of("c0"), java.util.Set.of("c1"), java.util.Set.of("c0"));
    assertThat(run("eval", "--vire", csv.toString())).contains("2 documents, 3 queries");
  }

  @Test
  void aBrokenLineIsReportedWithItsNumber() throws Exception {
    Path corpus = Files.writeString(folder.resolve("bad.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n{broken\n");
    CommandLine cli = new CommandLine(new EvalCli());
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    cli.setExecutionExceptionHandler((e, c, p) -> {
      c.getErr().println("error: " + e.getMessage());
      return 1;
    });

    assertThat(cli.execute("eval", "--known-item", corpus.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("bad.jsonl line 2");
  }
}
