package vn.policykb.ingest.policy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds the test documents in code, in each format the parser reads, so that no document of
 * unknown origin sits in the repository. PDFs with Vietnamese text embed a subset of DejaVu Sans
 * (see {@code fonts/DejaVuSans-LICENSE.txt}), since the standard PDF fonts have no Vietnamese
 * letters.
 */
public final class PolicyFiles {

  private static final float MARGIN = 50;
  private static final float FONT_SIZE = 11;
  private static final float LEADING = 15;
  private static final float RIGHT_COLUMN = 300;

  private PolicyFiles() {}

  // ---- PDF

  /**
   * A PDF whose header columns are drawn row by row, as many PDF writers do, so that the text
   * comes out with both columns on one line.
   */
  static byte[] pdfRowByRow(List<String> left, List<String> right, List<String> body) {
    return pdf(document -> {
      PDFont font = vietnameseFont(document);
      Page page = new Page(document, font);
      for (int row = 0; row < Math.max(left.size(), right.size()); row++) {
        if (row < left.size()) {
          page.text(MARGIN, left.get(row));
        }
        if (row < right.size()) {
          page.text(RIGHT_COLUMN, right.get(row));
        }
        page.nextLine();
      }
      page.lines(body);
      page.close();
    }, null);
  }

  /** A PDF whose left header column is drawn whole before the right one. */
  static byte[] pdfColumnByColumn(List<String> left, List<String> right, List<String> body) {
    return pdf(document -> {
      PDFont font = vietnameseFont(document);
      Page page = new Page(document, font);
      float top = page.y;
      for (String line : left) {
        page.text(MARGIN, line);
        page.nextLine();
      }
      float below = page.y;
      page.y = top;
      for (String line : right) {
        page.text(RIGHT_COLUMN, line);
        page.nextLine();
      }
      page.y = Math.min(below, page.y);
      page.lines(body);
      page.close();
    }, null);
  }

  /** A PDF of lines set in one of the standard fonts, with a title and creation date in its metadata. */
  static byte[] englishPdf(String metadataTitle, Calendar created, List<String> lines) {
    return pdf(document -> {
      Page page = new Page(document, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      page.lines(lines);
      page.close();
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(metadataTitle);
      info.setCreationDate(created);
    }, null);
  }

  /**
   * The lines in an encrypted PDF. With a user password it opens only with that password; with
   * an empty one it opens for anyone, and the owner password only guards permissions.
   */
  static byte[] encryptedPdf(String userPassword, List<String> lines) {
    AccessPermission permissions = new AccessPermission();
    permissions.setCanModify(false);
    StandardProtectionPolicy policy =
        new StandardProtectionPolicy("owner-secret", userPassword, permissions);
    policy.setEncryptionKeyLength(128);
    return pdf(document -> {
      Page page = new Page(document, vietnameseFont(document));
      page.lines(lines);
      page.close();
    }, policy);
  }

  /** A PDF of pages that each hold a picture of text and no text: what a scanner makes. */
  static byte[] scannedPdf(int pages) {
    return pdf(document -> {
      BufferedImage scan = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = scan.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 400, 200);
      g.setColor(Color.BLACK);
      for (int y = 20; y < 200; y += 20) {
        g.fillRect(20, y, 300 + (y % 60), 6);
      }
      g.dispose();
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(document, scan);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.drawImage(image, MARGIN, 500, 400, 200);
        }
      }
    }, null);
  }

  static Calendar utcDate(int year, int month, int day) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.clear();
    calendar.set(year, month - 1, day, 9, 0, 0);
    return calendar;
  }

  private interface PdfContent {
    void write(PDDocument document) throws IOException;
  }

  private static byte[] pdf(PdfContent content, StandardProtectionPolicy protection) {
    try (PDDocument document = new PDDocument()) {
      content.write(document);
      if (protection != null) {
        document.protect(protection);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDFont vietnameseFont(PDDocument document) throws IOException {
    try (InputStream font = PolicyFiles.class.getResourceAsStream("/fonts/DejaVuSans-vi.ttf")) {
      return PDType0Font.load(document, font);
    }
  }

  /** Writes lines top-down, starting a new page at the bottom margin. */
  private static final class Page {
    private final PDDocument document;
    private final PDFont font;
    private PDPageContentStream content;
    float y;

    Page(PDDocument document, PDFont font) throws IOException {
      this.document = document;
      this.font = font;
      newPage();
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void text(float x, String text) throws IOException {
      content.beginText();
      content.setFont(font, FONT_SIZE);
      content.newLineAtOffset(x, y);
      content.showText(text);
      content.endText();
    }

    void nextLine() throws IOException {
      y -= LEADING;
      if (y < MARGIN) {
        newPage();
      }
    }

    void lines(List<String> lines) throws IOException {
      for (String line : lines) {
        if (!line.isEmpty()) {
          text(MARGIN, line);
        }
        nextLine();
      }
    }

    void close() throws IOException {
      content.close();
    }
  }

  // ---- DOCX

  /** A DOCX whose header is a borderless two-column table, as Vietnamese templates make it. */
  static byte[] docxWithHeaderTable(List<String> left, List<String> right, List<String> body) {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFTable table = document.createTable(1, 2);
      fillCell(table.getRow(0).getCell(0), left);
      fillCell(table.getRow(0).getCell(1), right);
      for (String text : body) {
        document.createParagraph().createRun().setText(text);
      }
      return bytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A DOCX of paragraphs, the one at {@code headingIndex} (if any) styled as a heading. */
  public static byte[] docx(int headingIndex, List<String> paragraphs) {
    try (XWPFDocument document = new XWPFDocument()) {
      if (headingIndex >= 0) {
        headingStyle(document);
      }
      for (int i = 0; i < paragraphs.size(); i++) {
        XWPFParagraph paragraph = document.createParagraph();
        if (i == headingIndex) {
          paragraph.setStyle("Heading1");
        }
        paragraph.createRun().setText(paragraphs.get(i));
      }
      return bytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Word's built-in "heading 1", which readers map to a first-level heading. */
  private static void headingStyle(XWPFDocument document) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId("Heading1");
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal("heading 1");
    style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
    document.createStyles().addStyle(new XWPFStyle(style));
  }

  /** A DOCX encrypted as Office does it: the package inside an OLE2 file, AES with a password. */
  static byte[] encryptedDocx(List<String> paragraphs) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("user-secret");
      try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(docx(-1, paragraphs)));
          OutputStream out = encryptor.getDataStream(fs)) {
        docx.save(out);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException | InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void fillCell(XWPFTableCell cell, List<String> lines) {
    cell.getParagraphs().getFirst().createRun().setText(lines.getFirst());
    for (String line : lines.subList(1, lines.size())) {
      cell.addParagraph().createRun().setText(line);
    }
  }

  private static byte[] bytes(XWPFDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.write(out);
    return out.toByteArray();
  }

  private static final String CONTENT_TYPES = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/>
      <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
      </Types>""";

  private static final String ROOT_RELS = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
      </Relationships>""";

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /**
   * A DOCX whose document.xml holds one paragraph of {@code megabytes} MB of the same letter:
   * a few hundred kilobytes that inflate a thousandfold.
   */
  static byte[] zipBombDocx(int megabytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_SPEED);
      entry(zip, "[Content_Types].xml", CONTENT_TYPES);
      entry(zip, "_rels/.rels", ROOT_RELS);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\""
          + W + "\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1024 * 1024];
      java.util.Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < megabytes; i++) {
        zip.write(block);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Billion laughs: ten levels of entities, each ten of the one below. */
  static final String BILLION_LAUGHS_DTD = """
      <!DOCTYPE lolz [
       <!ENTITY lol "lol">
       <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
       <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
       <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
       <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
       <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
       <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
       <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
       <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
       <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
      ]>""";

  /** A DOCX whose document.xml declares the billion-laughs entities and uses the largest. */
  static byte[] xmlBombDocx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "[Content_Types].xml", CONTENT_TYPES);
      entry(zip, "_rels/.rels", ROOT_RELS);
      entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + BILLION_LAUGHS_DTD
          + "\n<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
          + "</w:body></w:document>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  // ---- ODT

  private static final String ODT_TYPE = "application/vnd.oasis.opendocument.text";

  /** An ODT of paragraphs, zipped by hand as the OpenDocument format lays it out. */
  static byte[] odt(List<String> paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String paragraph : paragraphs) {
      body.append("<text:p>").append(escapeXml(paragraph)).append("</text:p>\n");
    }
    return odtWithContent("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + officeDocument(body.toString()));
  }

  /** An ODT whose content.xml declares the billion-laughs entities and uses the largest. */
  static byte[] xmlBombOdt() {
    return odtWithContent("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + BILLION_LAUGHS_DTD.replace("lolz", "office:document-content")
        + "\n" + officeDocument("<text:p>&lol9;</text:p>"));
  }

  private static String officeDocument(String body) {
    return "<office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        + "<office:body><office:text>\n" + body + "</office:text></office:body></office:document-content>";
  }

  private static byte[] odtWithContent(String contentXml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      // the type comes first and uncompressed, so that it can be read at a fixed offset
      byte[] mimetype = ODT_TYPE.getBytes(StandardCharsets.US_ASCII);
      ZipEntry type = new ZipEntry("mimetype");
      type.setMethod(ZipEntry.STORED);
      type.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      type.setCrc(crc.getValue());
      zip.putNextEntry(type);
      zip.write(mimetype);
      zip.closeEntry();
      entry(zip, "META-INF/manifest.xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
           <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
           <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
          </manifest:manifest>""");
      entry(zip, "content.xml", contentXml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  // ---- RTF

  /** An RTF of paragraphs, every non-ASCII letter written as a {@code \\uN?} escape. */
  static byte[] rtf(List<String> paragraphs) {
    StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs26\n");
    for (String paragraph : paragraphs) {
      for (int i = 0; i < paragraph.length(); i++) {
        char c = paragraph.charAt(i);
        if (c == '\\' || c == '{' || c == '}') {
          rtf.append('\\').append(c);
        } else if (c < 0x80) {
          rtf.append(c);
        } else {
          // RTF's \\u takes a signed 16-bit number and a fallback character for old readers
          rtf.append("\\u").append((int) (short) c).append('?');
        }
      }
      rtf.append("\\par\n");
    }
    return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
  }

  // ---- helpers

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String escapeXml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
