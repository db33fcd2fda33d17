package vn.policykb.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Requests the cluster answers with an error: reported with the cluster's reason, and not tried again. */
class OpenSearchConnectionTest {

  @Test
  void aRequestTheClusterRefusesFailsAtOnceWithItsReason() throws Exception {
    try (OpenSearchConnection connection = OpenSearchConnection.open(TestNode.settings("refused"), 3, Duration.ofSeconds(5))) {
      ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
      body.putObject("query").putObject("no_such_query");

      OpenSearchException refused = catchThrowableOfType(OpenSearchException.class,
          () -> connection.post("/_search", body));

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.transientFailure()).isFalse();
      assertThat(refused).hasMessageContaining("POST /_search").hasMessageContaining("no_such_query");
      assertThat(connection.retries()).isZero();
    }
  }

  @Test
  void aMissingIndexIsNotFoundNotAnError() throws Exception {
    try (OpenSearchConnection connection = OpenSearchConnection.open(TestNode.settings("missing"), 3, Duration.ofSeconds(5))) {
      assertThat(connection.exists("/policykb-no-such-index")).isFalse();
      OpenSearchException missing = catchThrowableOfType(OpenSearchException.class,
          () -> connection.post("/policykb-no-such-index/_search", OpenSearchConnection.JSON.createObjectNode()));
      assertThat(missing.status()).isEqualTo(404);
      assertThat(missing).hasMessageContaining("index_not_found_exception");
      assertThat(connection.retries()).isZero();
    }
  }
}
