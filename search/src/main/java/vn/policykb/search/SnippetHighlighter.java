package vn.policykb.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.analysis.VietnameseTextNormalizer;

/**
 * The snippets of one text field for a page of results: Lucene's unified highlighter, with the
 * stored text re-analysed into the forms the query looks for ({@link QueriedFormsAnalyzer}), the
 * words it found narrowed to what a reader is shown ({@link MarkedWords}), and passages with
 * more of the query's words standing together preferred.
 *
 * <p>The text is read in NFC: what is shown is the author's text in one Unicode form, however it
 * was stored, and its length (and so where passages break) does not depend on that form.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  private static final int PASSAGES = 2;
  private static final int PASSAGE_LENGTH = 160;

  private final String field;
  private final Query highlighted;

  private SnippetHighlighter(Builder builder, String field, Query highlighted) {
    super(builder);
    this.field = field;
    this.highlighted = highlighted;
  }

  /**
   * @param masked the other fields of the text whose terms mark it ({@code body.folded}, and in
   *     English documents {@code body.en})
   * @param english whether the documents are English, so that stemmed terms mark them
   */
  static SnippetHighlighter of(IndexSearcher searcher, Analyzer analyzer, Query query, String field,
      Set<String> masked, boolean english) {
    Set<String> fields = new HashSet<>(masked);
    fields.add(field);
    Query highlighted = HighlightedQuery.of(query, fields);
    QueriedForms queried = new QueriedForms(highlighted, fields, english);
    Builder builder = UnifiedHighlighter.builder(searcher, new QueriedFormsAnalyzer(analyzer, queried))
        .withMaskedFieldsFunc(f -> field.equals(f) ? masked : Set.of())
        .withFormatter(new SnippetFormatter())
        .withScorer(new RunScorer())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
        .withMaxNoHighlightPassages(1);
    return new SnippetHighlighter(builder, field, highlighted);
  }

  /** One snippet per document, in the order of {@code docs}; null where the text is empty. */
  String[] snippets(TopDocs docs) throws IOException {
    return highlight(field, highlighted, docs, PASSAGES);
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> values = super.loadFieldValues(fields, docIter, cacheCharsThreshold);
    for (CharSequence[] doc : values) {
      for (int i = 0; i < doc.length; i++) {
        if (doc[i] != null && !VietnameseTextNormalizer.isNormalized(doc[i])) {
          doc[i] = TextNormalization.nfc(doc[i]);
        }
      }
    }
    return values;
  }

  @Override
  protected FieldHighlighter newFieldHighlighter(String field, FieldOffsetStrategy fieldOffsetStrategy,
      BreakIterator breakIterator, PassageScorer passageScorer, int maxPassages, int maxNoHighlightPassages,
      PassageFormatter passageFormatter, Comparator<Passage> passageSortComparator) {
    return new FieldHighlighter(field, fieldOffsetStrategy, breakIterator, passageScorer, maxPassages,
        maxNoHighlightPassages, passageFormatter, passageSortComparator) {

      private String content;

      @Override
      public Object highlightFieldForDoc(LeafReader reader, int docId, String content) throws IOException {
        this.content = content;
        return super.highlightFieldForDoc(reader, docId, content);
      }

      @Override
      protected Passage[] highlightOffsetsEnums(OffsetsEnum found) throws IOException {
        List<MarkedWords.Match> matches = new ArrayList<>();
        while (found.nextPosition()) {
          matches.add(new MarkedWords.Match(found.startOffset(), found.endOffset(), found.getTerm().utf8ToString()));
        }
        return super.highlightOffsetsEnums(new Marks(MarkedWords.select(matches, content)));
      }
    };
  }

  /** The marks, in text order, as the highlighter reads matches. */
  private static final class Marks extends OffsetsEnum {

    private final List<MarkedWords.Mark> marks;
    private final List<BytesRef> labels;
    private int index = -1;

    Marks(List<MarkedWords.Mark> marks) {
      this.marks = marks;
      this.labels = marks.stream().map(m -> new BytesRef(m.label())).toList();
    }

    @Override
    public boolean nextPosition() {
      return ++index < marks.size();
    }

    @Override
    public int freq() {
      return marks.get(index).freq();
    }

    @Override
    public BytesRef getTerm() {
      return labels.get(index);
    }

    @Override
    public int startOffset() {
      return marks.get(index).start();
    }

    @Override
    public int endOffset() {
      return marks.get(index).end();
    }
  }

  /**
   * Lucene's passage score, each mark counting as many times as it has words: a passage where
   * the query's words stand together beats one where they are scattered.
   */
  private static final class RunScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
      Map<BytesRef, int[]> counts = new HashMap<>();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int freqInDoc = passage.getMatchTermFreqsInDoc()[i];
        counts.computeIfAbsent(passage.getMatchTerms()[i], t -> new int[] {0, freqInDoc})[0]++;
      }
      double score = 0;
      for (var entry : counts.entrySet()) {
        int words = 1;
        BytesRef label = entry.getKey();
        for (int i = label.offset; i < label.offset + label.length; i++) {
          if (label.bytes[i] == ' ') {
            words++;
          }
        }
        score += words * tf(entry.getValue()[0], passage.getLength()) * weight(contentLength, entry.getValue()[1]);
      }
      return (float) (score * norm(passage.getStartOffset()));
    }
  }
}
