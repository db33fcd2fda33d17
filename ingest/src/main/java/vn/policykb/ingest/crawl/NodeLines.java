package vn.policykb.ingest.crawl;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * The line of each node of a document, by its JSON pointer ({@code /sources/0/delay}): a key's is
 * the line the key is on, a list item's the line it starts on. Bound records keep no location, so
 * the problems found in them are placed through this.
 */
final class NodeLines {

  private final Map<JsonPointer, Integer> lines;

  private NodeLines(Map<JsonPointer, Integer> lines) {
    this.lines = lines;
  }

  /** @throws tools.jackson.core.JacksonException when the text is not valid in the mapper's format */
  static NodeLines of(ObjectMapper mapper, String text) {
    Map<JsonPointer, Integer> lines = new HashMap<>();
    try (JsonParser p = mapper.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        // the first token of a node is its key, or its start when it has none
        lines.putIfAbsent(p.streamReadContext().pathAsPointer(), p.currentTokenLocation().getLineNr());
      }
    }
    return new NodeLines(lines);
  }

  /** The line of the node, else of the nearest node that holds it; 1 when none is in the text. */
  int of(JsonPointer pointer) {
    for (JsonPointer at = pointer; at != null; at = at.head()) {
      Integer line = lines.get(at);
      if (line != null && line > 0) {
        return line;
      }
    }
    return 1;
  }
}
