package vn.policykb.analysis.legal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykb.analysis.VietnameseFolding;

/**
 * Finds references to Vietnamese legal documents in Vietnamese or English text, with or without
 * diacritics, so that every common spelling of one document meets the same key.
 *
 * <p>Two shapes are recognised. A number and symbol ({@code 57-NQ/TW}, {@code 57/NQ-TW},
 * {@code 1131/QĐ-TTg}, {@code 15/2020/NĐ-CP}, {@code 198/2025/QH15}): the document-type symbol
 * must be one of the official ones ({@link #TYPES}), so {@code 57 experts} or a date never is. And
 * a document type in words followed by numbers ({@code Nghị quyết số 57}, {@code NQ 57},
 * {@code Resolution No. 57}, {@code Resolutions 57, 59 and 68}).
 *
 * <p>Keys: a symbol's canonical spelling follows the issuer's own convention, number-type/issuer
 * for the Party ({@code 57-nq/tw}) and number[/year]/type-issuer for the state
 * ({@code 15/2020/nd-cp}); lower case, {@code đ} as {@code d}, leading zeros dropped. Every
 * reference also yields its kind and number ({@code nq:57}), which a bare mention has alone.
 *
 * <p>Matching runs on a folded copy of the text of the same length, so offsets are those of the
 * input. Input must be NFC (decomposed marks would shift the copy).
 */
public final class LegalReferences {

  /** Official document-type symbols, and the kind key each reference of that type gets. */
  static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("nq", "nq"), Map.entry("qd", "qd"), Map.entry("nd", "nd"), Map.entry("tt", "tt"),
      Map.entry("ttlt", "tt"), Map.entry("ct", "ct"), Map.entry("kl", "kl"), Map.entry("tb", "tb"),
      Map.entry("hd", "hd"), Map.entry("kh", "kh"), Map.entry("qdi", "qd"), Map.entry("ql", "ql"),
      Map.entry("cv", "cv"), Map.entry("bc", "bc"), Map.entry("ctr", "ctr"), Map.entry("l", "luat"),
      Map.entry("qc", "qc"), Map.entry("ubtvqh", "nq"));

  /** Issuers whose symbols are written number-type/issuer: the Party's central bodies. */
  private static final List<String> PARTY_ISSUERS = List.of("tw");

  // Patterns are tried only where a word starts (see find): a lookbehind evaluated at every
  // character made them a third of the cost of ingesting a news article.
  private static final Pattern SYMBOL = Pattern.compile(
      "(\\d{1,5})(?:/((?:19|20)\\d{2}))?"
          + "(?:\\s?[-/]\\s?|\\s)([a-z]{1,6})(?:\\s?[-/]\\s?([a-z]{1,10}\\d{0,3}))?(?![\\p{L}\\d])"
          + "|(\\d{1,5})/((?:19|20)\\d{2})/(qh\\d{1,2})(?![\\p{L}\\d])");

  private static final String KIND_WORDS =
      "nghi quyet|nq|resolutions?|quyet dinh|qd|decisions?|nghi dinh|nd|decrees?|chi thi|directives?"
          + "|ket luan|conclusions?|thong tu|circulars?";

  private static final Pattern BARE = Pattern.compile(
      "(" + KIND_WORDS + ")[ \\t]*(?:(?:so|no\\.?|number|num\\.?|#)[ \\t]*)?(\\d{1,5})(?![\\p{L}\\d%]|[.,]\\d|\\s?[-/]\\s?[a-z\\d])");

  /** First letters of {@link #KIND_WORDS}: where a bare mention may start. */
  private static final String KIND_INITIALS = "nrqdcktc";

  private static final Pattern NEXT_NUMBER = Pattern.compile(
      "\\s*(?:,|;|va|and|&|or|hoac)\\s*(?:(?:va|and)\\s+)?(?:(?:so|no\\.?)\\s*)?(\\d{1,5})(?![\\p{L}\\d%]|[.,]\\d|\\s?[-/]\\s?[a-z\\d])");

  private LegalReferences() {}

  /** Every reference in the text, in order. */
  public static List<LegalReference> find(String text) {
    String folded = shadow(text);
    List<LegalReference> found = new ArrayList<>();
    Matcher symbol = SYMBOL.matcher(folded);
    Matcher bare = BARE.matcher(folded);
    Matcher next = NEXT_NUMBER.matcher(folded);
    int n = folded.length();
    for (int i = 0; i < n; i++) {
      char c = folded.charAt(i);
      char before = i == 0 ? ' ' : folded.charAt(i - 1);
      if (c >= '0' && c <= '9') {
        if (Character.isLetterOrDigit(before) || before == '/' || before == '.' || before == '-') {
          continue;
        }
        symbol.region(i, n);
        if (symbol.lookingAt()) {
          LegalReference ref = symbol.group(5) != null
              ? assembly(symbol.group(5), symbol.group(6), symbol.group(7), symbol.start(), symbol.end())
              : symbol(symbol.group(1), symbol.group(2), symbol.group(3), symbol.group(4), symbol.start(), symbol.end());
          if (ref != null) {
            found.add(ref);
            i = symbol.end() - 1;
          }
        }
      } else if (KIND_INITIALS.indexOf(c) >= 0 && !Character.isLetterOrDigit(before)) {
        bare.region(i, n);
        if (bare.lookingAt()) {
          String kind = kindOfWords(bare.group(1));
          found.add(new LegalReference(List.of(kind + ":" + number(bare.group(2))), bare.start(), bare.end()));
          int at = bare.end();
          next.region(at, n);
          while (next.lookingAt()) {
            found.add(new LegalReference(List.of(kind + ":" + number(next.group(1))), next.start(1), next.end()));
            at = next.end();
            next.region(at, n);
          }
          // the number may also start a symbol ("Resolution 57 NQ/TW"): the scan goes on from here
        }
      }
    }
    return found;
  }

  private static final Pattern KIND_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\d])(?:" + KIND_WORDS + ")[ \\t]*(?:(?:so|no\\.?|number|num\\.?|#)[ \\t]*)?$");

  /**
   * Where the words naming the kind of a reference start, when they come just before it
   * ({@code Nghị định} of {@code Nghị định 13/2023/NĐ-CP}); else {@code ref.start()}.
   */
  public static int startWithKind(String text, LegalReference ref) {
    Matcher before = KIND_BEFORE.matcher(shadow(text.substring(0, ref.start())));
    return before.find() ? before.start() : ref.start();
  }

  /** The distinct keys of every reference in the text, in order of first mention. */
  public static List<String> keys(String text) {
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    for (LegalReference ref : find(text)) {
      keys.addAll(ref.keys());
    }
    return List.copyOf(keys);
  }

  private static LegalReference symbol(String number, String year, String type, String issuer, int start, int end) {
    String kind = TYPES.get(type);
    if (kind == null) {
      return null;
    }
    if (issuer == null) {
      return null; // a type without issuer (57 nq) is too weak to be a symbol
    }
    String n = number(number);
    String canonical = year == null && PARTY_ISSUERS.contains(issuer)
        ? n + "-" + type + "/" + issuer
        : n + (year == null ? "" : "/" + year) + "/" + type + "-" + issuer;
    return new LegalReference(List.of(canonical, kind + ":" + n), start, end);
  }

  /** Laws and resolutions of the National Assembly: {@code 198/2025/QH15}. */
  private static LegalReference assembly(String number, String year, String issuer, int start, int end) {
    String n = number(number);
    return new LegalReference(List.of(n + "/" + year + "/" + issuer), start, end);
  }

  private static String kindOfWords(String words) {
    return switch (words) {
      case "nghi quyet", "nq", "resolution", "resolutions" -> "nq";
      case "quyet dinh", "qd", "decision", "decisions" -> "qd";
      case "nghi dinh", "nd", "decree", "decrees" -> "nd";
      case "chi thi", "directive", "directives" -> "ct";
      case "ket luan", "conclusion", "conclusions" -> "kl";
      default -> "tt";
    };
  }

  private static String number(String digits) {
    String stripped = digits.replaceFirst("^0+(?=\\d)", "");
    return stripped;
  }

  /** Lower case, diacritics and {@code đ} folded, white space but line breaks as plain spaces: same length. */
  static String shadow(String text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      c = VietnameseFolding.isRemoved(c) ? '\u0000' : VietnameseFolding.fold(c);
      // a line break stays one: a kind word ending a headline does not name the number that
      // opens the next line ("… back the resolution" / "57 experts attended")
      chars[i] = c == '\n' || c == '\r' ? '\n' : Character.isWhitespace(c) || c == '\u00A0' ? ' ' : c;
    }
    return new String(chars);
  }
}
