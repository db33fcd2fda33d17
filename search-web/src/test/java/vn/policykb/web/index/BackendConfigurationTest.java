package vn.policykb.web.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.policykb.web.KnowledgeBaseApplication;

/** A backend setting the application cannot start with is one line saying why, and no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class BackendConfigurationTest {

  @TempDir
  Path dataDir;

  private void start(String... settings) {
    String[] args = new String[settings.length + 2];
    args[0] = "--kb.data-dir=" + dataDir;
    args[1] = "--server.port=0";
    System.arraycopy(settings, 0, args, 2, settings.length);
    SpringApplication.run(KnowledgeBaseApplication.class, args).close();
  }

  @Test
  void anUnknownBackend(CapturedOutput output) {
    assertThatThrownBy(() -> start("--kb.backend=solr"))
        .hasMessage("kb.backend must be lucene or opensearch, was solr");
    assertThat(output).contains("APPLICATION FAILED TO START").contains("kb.backend must be lucene or opensearch, was solr")
        .doesNotContain("\tat ");
  }

  @Test
  void openSearchWithoutNodes(CapturedOutput output) {
    assertThatThrownBy(() -> start("--kb.backend=opensearch"))
        .hasMessage("kb.opensearch.urls is missing: give http://host:9200[,...]");
    assertThat(output).contains("kb.opensearch.urls is missing").doesNotContain("\tat ");
  }

  @Test
  void openSearchNodesThatDoNotAnswer(CapturedOutput output) {
    assertThatThrownBy(() -> start("--kb.backend=opensearch", "--kb.opensearch.urls=http://127.0.0.1:9"))
        .hasRootCauseInstanceOf(java.net.ConnectException.class);
    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("the OpenSearch cluster at [http://127.0.0.1:9] cannot be used: HEAD /policykb: no answer from"
            + " [http://127.0.0.1:9]")
        .doesNotContain("\tat ");
  }
}
