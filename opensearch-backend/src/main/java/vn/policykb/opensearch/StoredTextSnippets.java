package vn.policykb.opensearch;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import vn.policykb.index.IndexSchema;
import vn.policykb.search.SnippetFormatter;

/**
 * Snippets of a hit, made here from its stored body with the project's highlighting (the analyzers,
 * passages and marks the embedded search uses), not by the server: both backends then mark the same
 * words in the original text, whichever form of them matched.
 */
final class StoredTextSnippets {

  private static final int PASSAGES = 2;
  private static final int PASSAGE_LENGTH = 160;

  private final UnifiedHighlighter english;
  private final UnifiedHighlighter vietnamese;

  StoredTextSnippets(Analyzer analyzer) {
    // the English forms are matched in English documents only, as the embedded search does
    this.english = highlighter(analyzer, Set.of(IndexSchema.BODY_FOLDED, IndexSchema.BODY_EN));
    this.vietnamese = highlighter(analyzer, Set.of(IndexSchema.BODY_FOLDED));
  }

  private static UnifiedHighlighter highlighter(Analyzer analyzer, Set<String> masked) {
    return UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withMaskedFieldsFunc(field -> IndexSchema.BODY.equals(field) ? masked : Set.of())
        .withFormatter(new SnippetFormatter())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
        .withMaxNoHighlightPassages(1)
        .build();
  }

  String of(Query query, String body, String lang) throws IOException {
    if (body == null || body.isEmpty()) {
      return "";
    }
    Object snippet = ("vi".equals(lang) ? vietnamese : english).highlightWithoutSearcher(IndexSchema.BODY, query, body, PASSAGES);
    return snippet == null ? "" : snippet.toString();
  }
}
