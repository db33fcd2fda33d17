package vn.policykb.opensearch.node;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import tools.jackson.databind.JsonNode;

/** A token as an index sees it: the term, where it stands, and which text it covers. */
record AnalyzedToken(String term, int position, int positionLength, int start, int end) {

  @Override
  public String toString() {
    return term + "@" + position + (positionLength == 1 ? "" : "+" + positionLength) + "[" + start + "," + end + ")";
  }

  /** What a Lucene analyzer makes of the text. */
  static List<AnalyzedToken> of(Analyzer analyzer, String text) throws IOException {
    List<AnalyzedToken> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new AnalyzedToken(term.toString(), position, length.getPositionLength(),
            offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    }
    return tokens;
  }

  /** The tokens of an {@code _analyze} response. */
  static List<AnalyzedToken> of(JsonNode response) {
    List<AnalyzedToken> tokens = new ArrayList<>();
    for (JsonNode token : response.path("tokens")) {
      tokens.add(new AnalyzedToken(token.path("token").asString(), token.path("position").asInt(),
          token.path("positionLength").asInt(1), token.path("start_offset").asInt(), token.path("end_offset").asInt()));
    }
    return tokens;
  }
}
