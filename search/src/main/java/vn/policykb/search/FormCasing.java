package vn.policykb.search;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.analysis.VietnameseToneMarks;

/** Writes a suggested form in capitals or not: as typed in capitals, else as the texts mostly write it. */
final class FormCasing {

  private static final int CASE_SAMPLE_DOCS = 5;

  private FormCasing() {}

  /** The form as typed in capitals, else as the texts mostly write it mid-sentence. */
  static String cased(SuggestionIndex index, IndexForms.Forms forms, TypedWord word, String form) throws IOException {
    if (Character.isUpperCase(word.typed().codePointAt(0))) {
      return capitalize(form);
    }
    Boolean capital = forms.capitalized().get(form);
    if (capital == null) {
      capital = mostlyCapitalized(index, form);
      forms.capitalized().put(form, capital);
    }
    return capital ? capitalize(form) : form;
  }

  private static boolean mostlyCapitalized(SuggestionIndex index, String form) throws IOException {
    int upper = 0;
    int lower = 0;
    for (String body : index.bodiesWith(form, CASE_SAMPLE_DOCS)) {
      body = TextNormalization.nfc(body);
      Matcher word = TypedWord.LETTERS.matcher(body);
      while (word.find()) {
        String w = word.group();
        if (!VietnameseToneMarks.placeTone(w.toLowerCase(Locale.ROOT)).equals(form) || startsSentence(body, word.start())) {
          continue;
        }
        if (Character.isUpperCase(w.codePointAt(0))) {
          upper++;
        } else {
          lower++;
        }
      }
    }
    return upper > lower;
  }

  private static boolean startsSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i--;
    }
    return i < 0 || ".!?:\n\r\"“(–—-".indexOf(text.charAt(i)) >= 0;
  }

  private static String capitalize(String form) {
    return form.isEmpty() ? form : form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1);
  }
}
