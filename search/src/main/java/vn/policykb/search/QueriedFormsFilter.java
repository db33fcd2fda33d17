package vn.policykb.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps, of each analysed word, the forms the query looks for, stacked at the word's position and
 * carrying its offsets into the text; a word with none is dropped, its position kept, so that
 * phrases still match only where their words stand together.
 */
final class QueriedFormsFilter extends TokenFilter {

  private final QueriedForms queried;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final Set<String> forms = new LinkedHashSet<>();
  private final Deque<String> pending = new ArrayDeque<>();

  QueriedFormsFilter(TokenStream input, QueriedForms queried) {
    super(input);
    this.queried = queried;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      termAtt.setEmpty().append(pending.poll());
      posIncAtt.setPositionIncrement(0);
      return true;
    }
    int skipped = 0;
    while (input.incrementToken()) {
      forms.clear();
      queried.formsOf(termAtt.buffer(), termAtt.length(), forms);
      if (forms.isEmpty()) {
        skipped += posIncAtt.getPositionIncrement();
        continue;
      }
      var each = forms.iterator();
      termAtt.setEmpty().append(each.next());
      each.forEachRemaining(pending::add);
      posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
      return true;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
  }
}
