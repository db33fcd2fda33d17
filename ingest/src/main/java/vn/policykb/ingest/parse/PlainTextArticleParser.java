package vn.policykb.ingest.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykb.analysis.TextNormalization;

/**
 * Parses an article stored as plain text: an optional leading {@code date YYYY-MM-DD} marker, an
 * optional title line, paragraphs, perhaps a dateline ({@code SEOUL —}, {@code Tokyo (VNA) -}),
 * an agency sign-off ({@code VNS}, {@code — VNA/VNS}, {@code (End)}, {@code /.}) and a trailing
 * block of related links ({@code See more}, {@code Xem thêm}).
 */
public final class PlainTextArticleParser {

  /** What the text says about itself. */
  public record ParsedText(
      String title, String body, String lang, LocalDate date, String dateline, String source) {}

  private static final Pattern DATE_MARKER =
      Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+|$)");

  private static final String AGENCY = "(?:VNA|VNS|TTXVN|VOV|VTV|AFP|AP|Reuters|Xinhua|Kyodo|Yonhap|Bernama)";

  // SEOUL — / HÀ NỘI - / HANOI, Aug 10 — / Tokyo (VNA) - / Hà Nội (TTXVN) –
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:(?<caps>\\p{Lu}[\\p{Lu}.'’]+(?:\\s+\\p{Lu}[\\p{Lu}.'’]*){0,3})(?:\\s*\\((?<agency1>" + AGENCY + ")\\))?"
          + "|(?<place>\\p{Lu}[\\p{L}.'’]+(?:\\s+\\p{Lu}[\\p{L}.'’]*){0,3})\\s*\\((?<agency2>" + AGENCY + ")\\))"
          + "\\s*[—–-]{1,2}\\s+(?=\\S)");

  private static final Pattern SIGN_OFF = Pattern.compile(
      "(?:^|(?<=[.!?”\"’)])\\s*)(?:[—–-]\\s*)?(?<agencies>" + AGENCY + "(?:\\s*/\\s*" + AGENCY + ")*)\\s*$");

  private static final Pattern END_MARK = Pattern.compile("\\s*(?:\\(End\\)|\\(Hết\\)|/\\.)\\s*$");

  private static final Set<String> RELATED_HEADINGS = Set.of(
      "see more", "read more", "related", "related news", "related articles", "more news",
      "xem thêm", "tin liên quan", "bài liên quan", "tin cùng chuyên mục", "đọc thêm", "tin khác");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?=[\"”’)]?\\s+[\"“‘(]?\\p{Lu})");

  private static final Pattern ABBREVIATION_BEFORE = Pattern.compile(
      "(?:\\b(?:Dr|Mr|Mrs|Ms|Prof|No|Nos|St|Gen|Lt|Col|Jr|Sr|Inc|Co|Ltd|Corp|Gov|Sen|Rep|vs|TP|TS|GS|PGS|ThS|U\\.S|\\p{Lu}))$");

  private static final int MAX_TITLE_LENGTH = 200;

  private PlainTextArticleParser() {}

  public static ParsedText parse(String raw) throws RejectedInputException {
    String text = TextNormalization.nfc(raw.replace("\r\n", "\n").replace('\r', '\n'));
    LocalDate date = null;
    Matcher marker = DATE_MARKER.matcher(text);
    if (marker.find()) {
      try {
        date = LocalDate.parse(marker.group(1));
      } catch (DateTimeParseException e) {
        date = null;
      }
      text = text.substring(marker.end());
    }

    List<String> paragraphs = paragraphs(text);
    cutRelatedBlock(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new RejectedInputException("no text");
    }

    String source = stripSignOff(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new RejectedInputException("no text besides the agency sign-off");
    }

    String title = null;
    if (paragraphs.size() > 1 && looksLikeTitle(paragraphs.getFirst())) {
      title = paragraphs.removeFirst();
    }

    String dateline = null;
    for (int i = 0; i < Math.min(paragraphs.size(), 6); i++) {
      Matcher m = DATELINE.matcher(paragraphs.get(i));
      if (m.find()) {
        dateline = m.group("caps") != null ? m.group("caps") : m.group("place");
        String agency = m.group("agency1") != null ? m.group("agency1") : m.group("agency2");
        if (agency != null) {
          source = agency;
        }
        paragraphs.set(i, paragraphs.get(i).substring(m.end()));
        break;
      }
    }

    String body = String.join("\n\n", paragraphs);
    if (title == null) {
      title = firstSentence(paragraphs.getFirst());
    }
    return new ParsedText(title, body, LanguageDetector.detect(body), date, dateline, source);
  }

  /**
   * Removes end marks and agency sign-offs from the last paragraphs, which may stand alone
   * ({@code VNA}) or close the last sentence ({@code … products. VNS}); returns the agency.
   */
  private static String stripSignOff(List<String> paragraphs) {
    String source = null;
    while (!paragraphs.isEmpty()) {
      String last = paragraphs.getLast();
      String stripped = END_MARK.matcher(last).replaceFirst("");
      Matcher signOff = SIGN_OFF.matcher(stripped);
      if (signOff.find()) {
        if (source == null) {
          source = signOff.group("agencies").split("\\s*/\\s*")[0];
        }
        stripped = END_MARK.matcher(stripped.substring(0, signOff.start())).replaceFirst("");
      }
      stripped = stripped.strip();
      if (stripped.isEmpty()) {
        paragraphs.removeLast();
        continue;
      }
      paragraphs.set(paragraphs.size() - 1, stripped);
      if (stripped.equals(last)) {
        break;
      }
    }
    return source;
  }

  private static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : text.split("\n")) {
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        paragraphs.add(stripped);
      }
    }
    return paragraphs;
  }

  private static void cutRelatedBlock(List<String> paragraphs) {
    for (int i = 1; i < paragraphs.size(); i++) {
      String heading = paragraphs.get(i).toLowerCase(Locale.ROOT).replaceAll("[:.»>\\s]+$", "");
      if (RELATED_HEADINGS.contains(heading)) {
        paragraphs.subList(i, paragraphs.size()).clear();
        return;
      }
    }
  }

  /** A short line that does not end like a sentence and does not open with a dateline. */
  static boolean looksLikeTitle(String line) {
    if (line.length() > MAX_TITLE_LENGTH || line.split("\\s+").length > 30) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (last == '.' || last == ',' || last == ';') {
      return false;
    }
    return !DATELINE.matcher(line).find();
  }

  /** The first sentence, shortened at a word boundary when it is very long. */
  static String firstSentence(String paragraph) {
    Matcher m = SENTENCE_END.matcher(paragraph);
    int end = paragraph.length();
    while (m.find()) {
      String before = paragraph.substring(0, m.start());
      if (!ABBREVIATION_BEFORE.matcher(before).find()) {
        end = m.start() + (paragraph.charAt(m.start()) == '.' ? 0 : 1);
        break;
      }
    }
    String sentence = paragraph.substring(0, end).strip();
    if (sentence.length() <= MAX_TITLE_LENGTH) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
    return sentence.substring(0, cut > 0 ? cut : MAX_TITLE_LENGTH - 1) + "…";
  }
}
