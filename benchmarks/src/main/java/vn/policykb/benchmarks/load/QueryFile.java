package vn.policykb.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The queries of a load: a JSONL file with a {@code query} on each line, or plain lines. */
final class QueryFile {

  private QueryFile() {}

  static List<String> read(Path file) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    List<String> queries = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.startsWith("{")) {
        JsonNode query = json.readTree(trimmed).get("query");
        if (query != null && query.isString() && !query.asString().isBlank()) {
          queries.add(query.asString());
        }
      } else {
        queries.add(trimmed);
      }
    }
    return queries;
  }
}
