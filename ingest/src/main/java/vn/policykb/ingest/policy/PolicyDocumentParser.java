package vn.policykb.ingest.policy;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.analysis.encoding.LegacyTextRepair;
import vn.policykb.ingest.parse.LanguageDetector;
import vn.policykb.ingest.parse.RejectedInputException;

/**
 * Reads a policy document from a PDF, DOCX, DOC, ODT or RTF file: its text, and from the header
 * of a Vietnamese official document its number, issuer, place, date, type and title. Files that
 * cannot give a trustworthy text (encrypted, damaged, cut short, scanned without a text layer,
 * another type, a decompression or XML bomb) are rejected with the reason.
 *
 * <p>Instances are thread-safe and meant to be shared: setting up Tika's parsers is the costly
 * part.
 */
public final class PolicyDocumentParser {

  /**
   * What one file may cost.
   *
   * @param maxInputBytes larger files are rejected unread
   * @param maxChars text beyond this many characters is cut off and the document marked {@code
   *     truncated}
   * @param timeout a parse that takes longer is abandoned and the file rejected
   */
  public record Limits(long maxInputBytes, int maxChars, Duration timeout) {

    /** 100 MB in, 10 million characters out (some 3,000 pages), one minute. */
    public static final Limits DEFAULT = new Limits(100L * 1024 * 1024, 10_000_000, Duration.ofSeconds(60));

    public Limits {
      Objects.requireNonNull(timeout, "timeout");
      if (maxInputBytes <= 0 || maxChars <= 0 || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }
  }

  /** The share of the text that language detection looks at; more says nothing new. */
  private static final int LANGUAGE_SAMPLE = 20_000;
  private static final int MAX_TITLE_LENGTH = 300;
  /** How much of the text decides whether it is in a legacy Vietnamese font encoding. */
  private static final int REPAIR_SAMPLE = 50_000;
  private static final int ENGLISH_DATE_LINES = 30;

  private static final Pattern MONTH = Pattern.compile(
      "January|February|March|April|May|June|July|August|September|October|November|December");
  // 22 December 2024 / December 22, 2024
  private static final Pattern ENGLISH_DATE = Pattern.compile(
      "\\b(?:(?<d1>\\d{1,2})\\s+(?<m1>" + MONTH.pattern() + ")\\s+(?<y1>\\d{4})"
          + "|(?<m2>" + MONTH.pattern() + ")\\s+(?<d2>\\d{1,2}),?\\s+(?<y2>\\d{4}))\\b");

  /** Titles that office software fills in by itself and that name nothing. */
  private static final Pattern PLACEHOLDER_TITLE = Pattern.compile(
      "(?i)^(?:microsoft word\\s*-.*|untitled.*|document\\d*|slide \\d+|.*\\.(?:docx?|pdf|odt|rtf|txt))$");

  private final Limits limits;
  private final TikaTextExtractor extractor;

  public PolicyDocumentParser() {
    this(Limits.DEFAULT);
  }

  public PolicyDocumentParser(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.extractor = new TikaTextExtractor(limits.maxChars(), limits.timeout());
  }

  /**
   * Reads the file from {@code in}, at most {@link Limits#maxInputBytes()} of it, and parses it.
   *
   * @param fileName the file's name, which helps tell its type; may be null
   * @throws IOException when {@code in} cannot be read
   */
  public PolicyDocument parse(InputStream in, String fileName) throws IOException, RejectedInputException {
    long cap = Math.min(limits.maxInputBytes() + 1, Integer.MAX_VALUE - 8);
    byte[] content = in.readNBytes((int) cap);
    return parse(content, fileName);
  }

  /**
   * Parses the bytes of a file.
   *
   * @param fileName the file's name, which helps tell its type; may be null
   */
  public PolicyDocument parse(byte[] content, String fileName) throws RejectedInputException {
    Objects.requireNonNull(content, "content");
    if (content.length > limits.maxInputBytes()) {
      throw new RejectedInputException("file too large: more than " + size(limits.maxInputBytes()));
    }
    TikaTextExtractor.Extraction extraction = extractor.extract(content, fileName == null ? "" : fileName);

    String text = tidy(extraction.text());
    String lang = LanguageDetector.detect(text.length() > LANGUAGE_SAMPLE ? text.substring(0, LANGUAGE_SAMPLE) : text);
    OfficialHeader.Fields header = OfficialHeader.read(text);

    String title = header.title();
    if (title == null) {
      title = firstUsable(extraction.firstHeading(), extraction.metadataTitle(), firstLine(text));
    }
    LocalDate date = header.date();
    if (date == null && lang.equals(LanguageDetector.ENGLISH)) {
      date = englishDate(text);
    }
    if (date == null) {
      date = extraction.metadataDate();
    }
    return new PolicyDocument(text, title, header.number(), header.issuer(), header.place(), date,
        header.documentType(), lang, extraction.mediaType(), extraction.truncated());
  }

  /**
   * NFC, {@code \n} line ends, no trailing spaces, at most one blank line in a row; and text set
   * in the legacy Vietnamese fonts (TCVN3 {@code .VnTime}, VNI), which office files still carry
   * and which comes out as Latin-1 mojibake, converted to Unicode.
   */
  static String tidy(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')
        .replaceAll("[ \\t\\x0B\\f]+\n", "\n")
        .replaceAll("\n{3,}", "\n\n")
        .strip();
    String nfc = TextNormalization.nfc(text);
    // judging the whole text costs seconds on a long document; its opening tells whether any
    // repair is due, and only then is the whole text judged and converted
    String sample = nfc.length() > REPAIR_SAMPLE ? nfc.substring(0, REPAIR_SAMPLE) : nfc;
    return LegacyTextRepair.repair(sample).repaired() ? LegacyTextRepair.repair(nfc).text() : nfc;
  }

  private static String firstUsable(String... candidates) {
    for (String candidate : candidates) {
      if (candidate == null) {
        continue;
      }
      String title = TextNormalization.nfc(candidate).strip().replaceAll("\\s+", " ");
      if (!title.isEmpty() && title.length() <= MAX_TITLE_LENGTH
          && title.chars().anyMatch(Character::isLetter)
          && !PLACEHOLDER_TITLE.matcher(title).matches()) {
        return title;
      }
    }
    return null;
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n", 20)) {
      if (!line.isBlank()) {
        return line;
      }
    }
    return null;
  }

  private static LocalDate englishDate(String text) {
    String[] lines = text.split("\n", ENGLISH_DATE_LINES + 1);
    for (int i = 0; i < Math.min(lines.length, ENGLISH_DATE_LINES); i++) {
      Matcher m = ENGLISH_DATE.matcher(lines[i]);
      if (m.find()) {
        boolean dayFirst = m.group("d1") != null;
        try {
          return LocalDate.of(
              Integer.parseInt(dayFirst ? m.group("y1") : m.group("y2")),
              Month.valueOf((dayFirst ? m.group("m1") : m.group("m2")).toUpperCase(Locale.ROOT)),
              Integer.parseInt(dayFirst ? m.group("d1") : m.group("d2")));
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static String size(long bytes) {
    if (bytes >= 1024 * 1024) {
      return bytes / (1024 * 1024) + " MB";
    }
    return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
  }
}
