package vn.policykb.web.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.analysis.legal.LegalReference;
import vn.policykb.analysis.legal.LegalReferences;
import vn.policykb.search.StoredDocument;

/**
 * The legal documents an article cites, as readers write them. The index keeps each citation as a
 * folded key in two forms ({@code 1131/qd-ttg}, and {@code qd:1131} for matching by kind and number);
 * a reader needs the symbol once, as the article writes it ({@code 1131/QĐ-TTg}), so that a
 * citation copied from the page is exact.
 */
final class LegalCitations {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private LegalCitations() {}

  static List<String> display(StoredDocument doc) {
    return display(doc.citations(), Objects.toString(doc.title(), "") + "\n" + Objects.toString(doc.body(), ""));
  }

  /**
   * @param text where the citations were found: a symbol is shown as it is first written there,
   *     or in upper case when it is not
   */
  static List<String> display(List<String> keys, String text) {
    Map<String, String> written = writtenSymbols(text);
    Set<String> numbersWithSymbol = new LinkedHashSet<>();
    for (String key : keys) {
      if (!key.contains(":") && key.contains("/")) {
        numbersWithSymbol.add(key.substring(0, key.indexOf('/')).replaceAll("-.*", ""));
      }
    }
    List<String> shown = new ArrayList<>();
    for (String key : keys) {
      int colon = key.indexOf(':');
      if (colon >= 0) {
        String number = key.substring(colon + 1);
        if (!numbersWithSymbol.contains(number)) {
          shown.add(key.substring(0, colon).toUpperCase(Locale.ROOT) + " " + number);
        }
      } else {
        shown.add(written.getOrDefault(key, key.toUpperCase(Locale.ROOT)));
      }
    }
    return List.copyOf(new LinkedHashSet<>(shown));
  }

  /** Each symbol key of the text, with its first spelling there. */
  private static Map<String, String> writtenSymbols(String text) {
    String nfc = TextNormalization.nfc(text);
    Map<String, String> written = new HashMap<>();
    for (LegalReference reference : LegalReferences.find(nfc)) {
      String spelled = WHITESPACE.matcher(nfc.substring(reference.start(), reference.end())).replaceAll(" ");
      for (String key : reference.keys()) {
        if (!key.contains(":")) {
          written.putIfAbsent(key, spelled);
        }
      }
    }
    return written;
  }
}
