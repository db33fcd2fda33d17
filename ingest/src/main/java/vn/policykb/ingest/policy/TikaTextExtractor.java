package vn.policykb.ingest.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import vn.policykb.ingest.parse.RejectedInputException;

/**
 * Runs Apache Tika on the bytes of a PDF, DOCX, DOC, ODT or RTF file with limits on what a
 * hostile or broken file can cost: input size, extracted characters, compression ratio, XML
 * nesting, time. Everything that goes wrong becomes a {@link RejectedInputException} whose
 * message names the problem in words a user can act on.
 */
final class TikaTextExtractor {

  /** What Tika read from a file; the text is as Tika gives it, not yet normalized. */
  record Extraction(
      String text,
      String mediaType,
      String firstHeading,
      String metadataTitle,
      LocalDate metadataDate,
      boolean truncated) {}

  /** The types this reader accepts, with the name a user knows them by. */
  private static final Map<String, String> SUPPORTED = Map.of(
      "application/pdf", "PDF",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
      "application/msword", "DOC",
      "application/vnd.oasis.opendocument.text", "ODT",
      "application/rtf", "RTF");

  /** Office files whose whole package is encrypted are stored inside an OLE2 container. */
  private static final String ENCRYPTED_OOXML = "application/x-tika-ooxml-protected";

  /** Fewer characters than this per page on average: the pages are pictures, not text. */
  private static final int MIN_CHARS_PER_PAGE = 20;

  /** Tika's own bomb guard: characters out per byte in; text-heavy office files stay far below. */
  private static final long MAX_COMPRESSION_RATIO = 100;
  /** Output before the compression ratio is checked; a ratio on tiny inputs says nothing. */
  private static final long RATIO_CHECK_THRESHOLD = 1_000_000;
  private static final int MAX_XML_DEPTH = 200;
  /** What PDFBox may keep in memory for one file before it refuses. */
  private static final long PDF_MAX_MAIN_MEMORY = 256L * 1024 * 1024;

  /** Readers look for {@code %%EOF} in the last kilobyte; some writers add padding after it. */
  private static final int PDF_TAIL = 4096;
  /** Readers accept a PDF header anywhere in the first kilobyte. */
  private static final int PDF_HEADER_SPAN = 1024;

  /** The date part of an ISO 8601 timestamp, as Tika writes dcterms:created. */
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private final AutoDetectParser parser;
  private final int maxChars;
  private final Duration timeout;

  TikaTextExtractor(int maxChars, Duration timeout) {
    this.maxChars = maxChars;
    this.timeout = timeout;
    this.parser = new AutoDetectParser();
    AutoDetectParserConfig config = new AutoDetectParserConfig();
    config.setOutputThreshold(RATIO_CHECK_THRESHOLD);
    config.setMaximumCompressionRatio(MAX_COMPRESSION_RATIO);
    config.setMaximumDepth(MAX_XML_DEPTH);
    config.setThrowOnZeroBytes(true);
    parser.setAutoDetectParserConfig(config);
  }

  Extraction extract(byte[] content, String fileName) throws RejectedInputException {
    if (content.length == 0) {
      throw new RejectedInputException("empty file");
    }
    String mediaType = detect(content, fileName);
    String kind = SUPPORTED.get(mediaType);
    if (kind == null) {
      if (mediaType.equals(ENCRYPTED_OOXML)) {
        throw new RejectedInputException("encrypted document (password protected)");
      }
      throw new RejectedInputException("unsupported file type " + mediaType
          + "; expected a PDF, DOCX, DOC, ODT or RTF file");
    }
    if (kind.equals("PDF") && !hasPdfHeader(content)) {
      // the name said PDF but the bytes do not
      throw new RejectedInputException("not a PDF: the file does not begin with a PDF header");
    }
    if (kind.equals("PDF") && !hasEofMarker(content)) {
      // PDFBox salvages what it can from a cut file; half a document must not pass for a whole
      throw new RejectedInputException("truncated PDF (no end-of-file marker): the file is incomplete");
    }

    if (kind.equals("DOCX") || kind.equals("ODT")) {
      ZipContainerCheck.check(content, kind);
    }

    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    BoundedTextHandler text = new BoundedTextHandler(maxChars, System.nanoTime() + timeout.toNanos());
    boolean truncated = runWithTimeout(content, new BodyContentHandler(text), metadata, text, kind);

    int pages = metadata.getInt(PagedText.N_PAGES) == null ? 0 : metadata.getInt(PagedText.N_PAGES);
    String extracted = text.text();
    int visible = countVisible(extracted);
    if (kind.equals("PDF") && pages > 0 && visible < MIN_CHARS_PER_PAGE * pages && !truncated) {
      throw new RejectedInputException("scanned PDF without a text layer (" + pages
          + (pages == 1 ? " page, " : " pages, ") + visible + " characters of text)");
    }
    if (visible == 0) {
      throw new RejectedInputException("no text in the " + kind + " file");
    }
    return new Extraction(extracted, mediaType, text.firstHeading(),
        metadata.get(TikaCoreProperties.TITLE), metadataDate(metadata), truncated);
  }

  private String detect(byte[] content, String fileName) throws RejectedInputException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    try (TikaInputStream in = TikaInputStream.get(content)) {
      return parser.getDetector().detect(in, metadata).getBaseType().toString();
    } catch (IOException e) {
      throw new RejectedInputException("cannot tell the file type: " + e.getMessage());
    }
  }

  /**
   * Parses on a thread of its own and waits at most the timeout. A parser stuck without
   * producing output cannot be stopped from outside; it is interrupted and left to finish on
   * its (daemon) thread while the caller goes on.
   *
   * @return whether the text was cut at the character limit
   */
  private boolean runWithTimeout(
      byte[] content, ContentHandler handler, Metadata metadata, BoundedTextHandler text, String kind)
      throws RejectedInputException {
    FutureTask<Throwable> task = new FutureTask<>(() -> {
      try (InputStream in = TikaInputStream.get(content)) {
        parser.parse(in, handler, metadata, parseContext());
        return null;
      } catch (Exception | StackOverflowError | OutOfMemoryError e) {
        return e;
      }
    });
    Thread worker = Thread.ofPlatform().daemon().name("policy-document-parser").unstarted(task);
    worker.start();
    Throwable failure;
    try {
      failure = task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      worker.interrupt();
      throw tookTooLong();
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new RejectedInputException("parsing was interrupted");
    } catch (ExecutionException e) {
      failure = e.getCause();
    }
    if (failure == null) {
      return text.truncated();
    }
    if (text.truncated() || WriteLimitReachedException.isWriteLimitReached(failure)) {
      return true;
    }
    if (text.timedOut()) {
      throw tookTooLong();
    }
    throw new RejectedInputException(reason(failure, kind));
  }

  private RejectedInputException tookTooLong() {
    String limit = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    return new RejectedInputException("parsing took longer than " + limit
        + "; the file is too complex or malformed");
  }

  private ParseContext parseContext() {
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    pdf.setExtractAnnotationText(false);
    pdf.setMaxMainMemoryBytes(PDF_MAX_MAIN_MEMORY);
    pdf.setCatchIntermediateIOExceptions(true);
    context.set(PDFParserConfig.class, pdf);
    OfficeParserConfig office = new OfficeParserConfig();
    // streams document.xml instead of building it in memory as a DOM
    office.setUseSAXDocxExtractor(true);
    // running heads and page numbers repeat on every page and say nothing about the document
    office.setIncludeHeadersAndFooters(false);
    office.setIncludeDeletedContent(false);
    office.setExtractMacros(false);
    context.set(OfficeParserConfig.class, office);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, ocr);
    // attachments and embedded objects are not the document; they are also where bombs nest
    context.set(EmbeddedDocumentExtractor.class, SkipEmbedded.INSTANCE);
    return context;
  }

  private static String reason(Throwable failure, String kind) {
    StringBuilder messages = new StringBuilder();
    Throwable root = failure;
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
      if (t instanceof EncryptedDocumentException
          || t instanceof org.apache.poi.EncryptedDocumentException) {
        return kind.equals("PDF")
            ? "encrypted PDF (password protected)"
            : "encrypted document (password protected)";
      }
      if (t instanceof TikaMemoryLimitException || t instanceof OutOfMemoryError) {
        return "the " + kind + " file needs more memory to read than allowed";
      }
      if (t instanceof StackOverflowError) {
        return "the " + kind + " file is nested too deeply to read";
      }
      messages.append(t.getMessage()).append('\n');
      root = t;
    }
    String all = messages.toString().toLowerCase(Locale.ROOT);
    if (all.contains("zip bomb")) {
      return "suspected zip bomb in the " + kind + " file: its content expands far more than a document's";
    }
    if (all.contains("doctype") || all.contains("entity expansion")
        || all.contains("entityexpansion") || all.contains("entity \"")) {
      return "unsafe XML in the " + kind + " file (a document type declaration or entity"
          + " expansion, as in an XML bomb)";
    }
    return "damaged or unreadable " + kind + " file: " + shortMessage(root);
  }

  private static String shortMessage(Throwable t) {
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return t.getClass().getSimpleName();
    }
    message = message.strip().replaceAll("\\s+", " ");
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }

  private static boolean hasPdfHeader(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, PDF_HEADER_SPAN), StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }

  private static boolean hasEofMarker(byte[] content) {
    int from = Math.max(0, content.length - PDF_TAIL);
    String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  private static int countVisible(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
        count++;
      }
    }
    return count;
  }

  private static LocalDate metadataDate(Metadata metadata) {
    String created = metadata.get(TikaCoreProperties.CREATED);
    if (created == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(created);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Leaves embedded documents unread. */
  private enum SkipEmbedded implements EmbeddedDocumentExtractor {
    INSTANCE;

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return false;
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {}
  }
}
