package vn.policykb.web.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The legal documents an article cites, as readers write them. The index keeps each citation as a
 * folded key in two forms ({@code 1131/qd-ttg}, and {@code qd:1131} for matching by kind and number);
 * a reader needs the symbol once, upper case ({@code 1131/QD-TTG}).
 */
final class LegalCitations {

  private LegalCitations() {}

  static List<String> display(List<String> keys) {
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
        shown.add(key.toUpperCase(Locale.ROOT));
      }
    }
    return List.copyOf(new LinkedHashSet<>(shown));
  }
}
