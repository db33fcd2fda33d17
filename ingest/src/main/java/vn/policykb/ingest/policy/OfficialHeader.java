package vn.policykb.ingest.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a Vietnamese official document: number and symbol, issuing body, place
 * and date, document type and title. The header is printed in two columns, the issuer and the
 * number on the left, the national or Party motto with place and date on the right, then the
 * type ({@code NGHỊ QUYẾT}) and the title centred below. Extracted text gives the two columns in
 * any order, cell by cell or merged row by row into one line, so each field is found by its own
 * form rather than by position, and the motto is cut out of whatever line it shares.
 */
public final class OfficialHeader {

  /**
   * The fields a header gives; each is {@code null} when it does not.
   *
   * @param number number and symbol ({@code 57-NQ/TW}), dashes as ASCII hyphens
   * @param issuer the issuing body as printed ({@code CHÍNH PHỦ}); for a resolution that names its
   *     author under the type ({@code NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ}), that author
   * @param place the place of signing ({@code Hà Nội})
   * @param date the date of signing
   * @param documentType the type in running text ({@code Nghị quyết}), from the type heading, else
   *     from the symbol's abbreviation
   * @param title the type followed by the title in sentence case ({@code Nghị quyết về đột
   *     phá…})
   */
  public record Fields(
      String number, String issuer, String place, LocalDate date, String documentType, String title) {

    /** Whether the text looked like an official document's header at all. */
    public boolean found() {
      return number != null || date != null || documentType != null;
    }
  }

  /** How far into the text the header and title may reach. */
  private static final int HEAD_LINES = 80;
  /** Without a type heading, how many lines are taken for the header. */
  private static final int HEADER_LINES_WITHOUT_TYPE = 25;
  private static final int MAX_ISSUER_LINES = 4;
  private static final int MAX_TITLE_LINES = 6;
  private static final int MAX_TITLE_CHARS = 500;

  /** What {@link #clean} leaves of a line that held only a rule; it ends a title. */
  private static final String RULE_LINE = "-";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** The right column's mottos, which are no issuer and no title. */
  private static final Pattern MOTTO = Pattern.compile(
      "C[ỘO]NG\\s+H(?:ÒA|OÀ|OA)\\s+X[ÃA]\\s+H[ỘO]I\\s+CH[ỦU]\\s+NGH[ĨI]A\\s+VI[ỆE]T\\s+NAM"
          + "|Đ[ỘO]C\\s+L[ẬA]P\\s*[-–—]+\\s*T[ỰU]\\s+DO\\s*[-–—]+\\s*H[ẠA]NH\\s+PH[ÚU]C"
          + "|Đ[ẢA]NG\\s+C[ỘO]NG\\s+S[ẢA]N\\s+VI[ỆE]T\\s+NAM", FLAGS);

  /** Rules under the header's blocks: {@code -------}, {@code ___}, {@code * * *}. */
  private static final Pattern RULE = Pattern.compile("(?:^|\\s)[-_*=~—–.…]{3,}(?=\\s|$)");

  private static final String SYMBOL = "\\p{N}[\\p{L}\\p{N}]*(?:[-–/][\\p{L}\\p{N}]+)+";

  // Số: 57-NQ/TW, Số 15/2020/NĐ-CP, Luật số: 24/2018/QH14
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:Số|SỐ|(?<=(?:Luật|LUẬT|luật|Pháp lệnh|Nghị quyết|Lệnh)\\s)số|số(?=\\s*:))"
          + "\\s*[:.]?\\s*(" + SYMBOL + ")");

  private static final Pattern NUMBER_LINE = Pattern.compile("^(?:Số|SỐ)\\s*[:.]?\\s*(" + SYMBOL + ")");

  private static final String PLACE_WORD = "(?:\\p{Lu}\\p{Ll}*|TP|phố)";
  // Hà Nội, ngày 22 tháng 12 năm 2024 / TP. Hồ Chí Minh, ngày 04 tháng 5 năm 2025
  private static final Pattern PLACE_DATE = Pattern.compile(
      "(?:(?<![\\p{L}\\p{N}\\-–/.])(?<place>(?:TP|Tp|\\p{Lu}\\p{Ll}*)\\.?(?:(?:\\.\\s*|\\s+)" + PLACE_WORD + "\\.?){0,5})\\s*,\\s*)?"
          + "(?iu:ngày)\\s+(?<day>\\d{1,2})\\s+(?iu:tháng)\\s+(?<month>\\d{1,2})\\s+(?iu:năm)\\s+(?<year>\\d{4})");

  /** Về việc: the subject of an official letter, in its left column. */
  private static final Pattern SUBJECT = Pattern.compile("^V/v\\s*[:.]?\\s*(.+)$", FLAGS);

  /** The author named under the type: {@code NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ}. */
  private static final Pattern AUTHOR = Pattern.compile("^CỦA\\s+(.+)$");

  /** Where the preamble or the body begins, which ends the title. */
  private static final Pattern BODY_START = Pattern.compile(
      "^(?:Căn cứ|Theo đề nghị|Xét đề nghị|Thực hiện|Kính gửi|Điều\\s+1\\b|Chương\\s+[IVX1]|Phần\\s+(?:thứ|[IVX1])"
          + "|(?:(?-i:[IVX]+)|\\d{1,2})\\s*[.)\\-–]\\s)", FLAGS);

  /** An issuer repeated above the preamble ({@code THỦ TƯỚNG CHÍNH PHỦ}), which ends the title. */
  private static final Pattern ISSUER_HEADING = Pattern.compile(
      "^(?:THỦ TƯỚNG|BỘ TRƯỞNG|CHỦ TỊCH|CHÍNH PHỦ|QUỐC HỘI|[ỦU]Y BAN|UỶ BAN|HỘI ĐỒNG|BAN CHẤP HÀNH"
          + "|BỘ CHÍNH TRỊ|BAN BÍ THƯ|THỐNG ĐỐC|TỔNG KIỂM TOÁN|VIỆN TRƯỞNG|CHÁNH ÁN|TỔNG BÍ THƯ)(?:\\s|$)");

  private OfficialHeader() {}

  /** The header fields of {@code text} (NFC); all null when it has no such header. */
  public static Fields read(String text) {
    List<String> lines = headLines(text);
    int typeLine = typeLine(lines);
    int headerEnd = typeLine >= 0 ? typeLine : Math.min(lines.size(), HEADER_LINES_WITHOUT_TYPE);

    String number = null;
    int numberLine = -1;
    int numberStart = -1;
    // without a type heading this may be any text: only a line opening with "Số" is a header's
    Pattern numberForm = typeLine >= 0 ? NUMBER : NUMBER_LINE;
    for (int i = 0; i < headerEnd && number == null; i++) {
      Matcher m = numberForm.matcher(lines.get(i));
      if (m.find() && m.group(1).chars().anyMatch(Character::isLetter)) {
        number = m.group(1).replace('–', '-');
        numberLine = i;
        numberStart = m.start();
      }
    }
    if (number == null && typeLine >= 0) {
      // a law gives its number under the title: LUẬT / AN NINH MẠNG / Luật số: 24/2018/QH14
      for (int i = typeLine + 1; i < Math.min(lines.size(), typeLine + 10) && number == null; i++) {
        Matcher m = NUMBER.matcher(lines.get(i));
        if (m.find()) {
          number = m.group(1).replace('–', '-');
        }
      }
    }

    Matcher date = placeDate(lines, headerEnd);
    String place = null;
    LocalDate signed = null;
    if (date != null) {
      place = date.group("place");
      if (place != null) {
        place = place.strip();
      }
      try {
        signed = LocalDate.of(Integer.parseInt(date.group("year")),
            Integer.parseInt(date.group("month")), Integer.parseInt(date.group("day")));
      } catch (DateTimeException e) {
        signed = null;
      }
    }

    String type = typeLine >= 0 ? DocumentTypes.fromHeading(lines.get(typeLine)).orElseThrow() : null;
    if (type == null && number != null) {
      type = DocumentTypes.fromSymbol(number).orElse(null);
    }
    String subject = typeLine < 0 ? subject(lines, headerEnd) : null;
    if (type == null && subject != null) {
      type = DocumentTypes.OFFICIAL_LETTER;
    }

    String issuer = null;
    int titleStart = typeLine + 1;
    if (typeLine >= 0) {
      int next = nextNonBlank(lines, typeLine + 1);
      if (next >= 0 && VietnameseTitleCase.isUpperCase(lines.get(next))) {
        Matcher author = AUTHOR.matcher(lines.get(next));
        if (author.matches()) {
          issuer = author.group(1).strip();
          titleStart = next + 1;
        }
      }
    }
    if (issuer == null && (typeLine >= 0 || number != null)) {
      // only a header has an issuer column; elsewhere capitals are a headline
      issuer = issuerColumn(lines, headerEnd, numberLine, numberStart);
    }

    String title = null;
    if (typeLine >= 0) {
      String words = titleText(lines, titleStart, issuer);
      if (words != null) {
        title = compose(type, words);
      }
    } else if (subject != null) {
      title = DocumentTypes.OFFICIAL_LETTER + " về việc " + VietnameseTitleCase.afterType(subject);
    }
    return new Fields(number, issuer, place, signed, type, title);
  }

  private static List<String> headLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (lines.size() < HEAD_LINES && start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lines.add(clean(text.substring(start, end)));
      start = end + 1;
    }
    return lines;
  }

  /**
   * The line without motto, rules and surplus spaces; {@link #RULE_LINE} for a line of rules or
   * asterisks only, empty when nothing else is left.
   */
  private static String clean(String raw) {
    String line = raw.replaceAll("[\\s\\u00A0\\u2000-\\u200B\\u3000]+", " ");
    line = MOTTO.matcher(line).replaceAll(" ");
    String unruled = RULE.matcher(line).replaceAll(" ");
    boolean ruled = !unruled.equals(line) || line.strip().equals("*");
    line = unruled.strip().replaceAll(" {2,}", " ");
    for (int i = 0; i < line.length(); i++) {
      if (Character.isLetterOrDigit(line.charAt(i))) {
        return line;
      }
    }
    return ruled ? RULE_LINE : "";
  }

  /** Blank, or rules only. */
  private static boolean isBlank(String line) {
    return line.isEmpty() || line.equals(RULE_LINE);
  }

  private static int typeLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (VietnameseTitleCase.isUpperCase(line) && DocumentTypes.fromHeading(line).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  /** Place and date from the header; dates in the text below are of other things. */
  private static Matcher placeDate(List<String> lines, int headerEnd) {
    for (int i = 0; i < headerEnd; i++) {
      Matcher m = PLACE_DATE.matcher(lines.get(i));
      if (m.find()) {
        return m;
      }
    }
    // a date broken over two lines of a narrow column
    Matcher joined = PLACE_DATE.matcher(String.join(" ", lines.subList(0, headerEnd)));
    return joined.find() ? joined : null;
  }

  private static String subject(List<String> lines, int headerEnd) {
    for (int i = 0; i < headerEnd; i++) {
      Matcher m = SUBJECT.matcher(lines.get(i));
      if (m.matches()) {
        StringBuilder subject = new StringBuilder(m.group(1).strip());
        for (int j = i + 1; j < headerEnd; j++) {
          String next = lines.get(j);
          if (isBlank(next) || !Character.isLowerCase(next.codePointAt(0))) {
            break;
          }
          subject.append(' ').append(next);
        }
        return subject.toString();
      }
    }
    return null;
  }

  /**
   * The upper-case lines of the left column: those just above the number, else the first run of
   * them in the header.
   */
  private static String issuerColumn(List<String> lines, int headerEnd, int numberLine, int numberStart) {
    List<String> found = new ArrayList<>();
    if (numberLine >= 0) {
      String before = lines.get(numberLine).substring(0, numberStart).strip();
      if (isIssuerLike(before)) {
        found.add(before);
      }
      for (int i = numberLine - 1; i >= 0 && found.size() < MAX_ISSUER_LINES; i--) {
        String line = lines.get(i);
        if (isBlank(line)) {
          continue;
        }
        if (!isIssuerLike(line)) {
          break;
        }
        found.addFirst(line);
      }
    }
    if (found.isEmpty()) {
      for (int i = 0; i < headerEnd && found.size() < MAX_ISSUER_LINES; i++) {
        String line = lines.get(i);
        if (isBlank(line)) {
          continue;
        }
        if (isIssuerLike(line)) {
          found.add(line);
        } else if (!found.isEmpty()) {
          break;
        }
      }
    }
    return found.isEmpty() ? null : String.join(" ", found);
  }

  private static boolean isIssuerLike(String line) {
    return line.length() >= 2 && line.length() <= 120
        && VietnameseTitleCase.isUpperCase(line)
        && line.chars().noneMatch(Character::isDigit)
        && DocumentTypes.fromHeading(line).isEmpty();
  }

  private static String titleText(List<String> lines, int start, String issuer) {
    List<String> parts = new ArrayList<>();
    int length = 0;
    boolean upper = false;
    for (int i = start; i < lines.size() && parts.size() < MAX_TITLE_LINES; i++) {
      String line = lines.get(i);
      // blank lines fall between the paragraphs of some formats; a rule under the title ends it
      if (line.isEmpty() || (line.equals(RULE_LINE) && parts.isEmpty())) {
        continue;
      }
      if (line.equals(RULE_LINE)) {
        break;
      }
      if (BODY_START.matcher(line).lookingAt() || line.endsWith(":") || NUMBER.matcher(line).lookingAt()) {
        break;
      }
      boolean lineUpper = VietnameseTitleCase.isUpperCase(line);
      if (lineUpper && (line.equals(issuer) || ISSUER_HEADING.matcher(line).lookingAt())) {
        break;
      }
      if (!parts.isEmpty()) {
        // a title keeps its case; a capital after a mixed-case line starts a new paragraph
        if (lineUpper != upper || (!upper && Character.isUpperCase(line.codePointAt(0)))) {
          break;
        }
      } else {
        upper = lineUpper;
      }
      if (length + line.length() > MAX_TITLE_CHARS) {
        break;
      }
      parts.add(line);
      length += line.length() + 1;
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  private static String compose(String type, String words) {
    String cased = VietnameseTitleCase.afterType(words);
    if (DocumentTypes.isLaw(type)) {
      // the title of a law is its name: Luật An ninh mạng
      cased = cased.substring(0, 1).toUpperCase(Locale.ROOT) + cased.substring(1);
    }
    return type + " " + cased;
  }

  private static int nextNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!isBlank(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
