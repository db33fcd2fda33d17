package vn.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.search.IndexForms.Form;

/** Completions of the word being typed, with its diacritics, from the forms of the index. */
final class Completions {

  private final SuggestionIndex index;
  private final IndexForms indexForms;

  Completions(SuggestionIndex index, IndexForms indexForms) {
    this.index = index;
    this.indexForms = indexForms;
  }

  /** The most frequent forms of the terms that start, once folded, like the last word typed. */
  List<String> of(String query, int limit) throws IOException {
    List<TypedWord> words = TypedWord.in(TextNormalization.nfc(query));
    if (words.isEmpty()) {
      return List.of();
    }
    TypedWord last = words.getLast();
    IndexForms.Forms forms = indexForms.of(index);
    PriorityQueue<Form> top = new PriorityQueue<>(Comparator.comparingLong(Form::count));
    for (Form[] candidates : forms.startingWith(last.folded())) {
      for (Form form : candidates) {
        if (!form.exact().startsWith(last.lower()) && last.hasMarks()) {
          continue; // typed with marks: keep to the forms that have them
        }
        top.add(form);
        if (top.size() > limit) {
          top.poll();
        }
      }
    }
    List<Form> sorted = new ArrayList<>(top);
    sorted.sort(Form.MOST_FREQUENT_FIRST);
    return sorted.stream().map(Form::exact).toList();
  }
}
