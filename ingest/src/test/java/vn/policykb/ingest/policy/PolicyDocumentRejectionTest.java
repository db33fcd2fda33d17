package vn.policykb.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.policykb.ingest.parse.RejectedInputException;

/**
 * Files that cannot give a trustworthy text are rejected with a reason a user can act on, and
 * quickly: each test is bounded, bombs included.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PolicyDocumentRejectionTest {

  private static final PolicyDocumentParser PARSER = new PolicyDocumentParser();

  private static final List<String> TEXT = List.of(
      "CHÍNH PHỦ", "Số: 15/2020/NĐ-CP", "Hà Nội, ngày 03 tháng 02 năm 2020", "NGHỊ ĐỊNH",
      "Văn bản này chỉ dùng để kiểm thử việc đọc văn bản chính sách.");

  private static void assertRejected(byte[] content, String fileName, String reason) {
    assertThatThrownBy(() -> PARSER.parse(content, fileName))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void rejectsAnEmptyFile() {
    assertRejected(new byte[0], "empty.pdf", "empty file");
  }

  @Test
  void rejectsAnEncryptedPdf() {
    assertRejected(PolicyFiles.encryptedPdf("user-secret", TEXT), "secret.pdf", "encrypted PDF (password protected)");
  }

  @Test
  void rejectsAnEncryptedDocx() {
    assertRejected(PolicyFiles.encryptedDocx(TEXT), "secret.docx", "encrypted document (password protected)");
  }

  @Test
  void rejectsATruncatedPdf() {
    byte[] pdf = PolicyFiles.pdfRowByRow(List.of("CHÍNH PHỦ"), List.of(), TEXT);

    assertRejected(Arrays.copyOf(pdf, pdf.length / 2), "half.pdf", "truncated PDF");
    assertRejected(Arrays.copyOf(pdf, pdf.length - 8), "almost.pdf", "truncated PDF");
  }

  @Test
  void rejectsACorruptPdf() {
    byte[] corrupt = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\nstream\u0001\u0002 garbage\n%%EOF\n"
        .getBytes(StandardCharsets.ISO_8859_1);

    assertRejected(corrupt, "corrupt.pdf", "damaged or unreadable PDF file");
  }

  @Test
  void rejectsAScannedPdfWithoutText() {
    assertRejected(PolicyFiles.scannedPdf(2), "scan.pdf", "scanned PDF without a text layer");
  }

  @Test
  void rejectsADocxThatInflatesLikeABomb() {
    byte[] bomb = PolicyFiles.zipBombDocx(200);
    assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

    assertRejected(bomb, "bomb.docx", "suspected zip bomb");
  }

  @Test
  void rejectsXmlWithEntityExpansion() {
    assertRejected(PolicyFiles.xmlBombDocx(), "laughs.docx", "unsafe XML");
    assertRejected(PolicyFiles.xmlBombOdt(), "laughs.odt", "unsafe XML");
  }

  @Test
  void rejectsRandomBytes() {
    byte[] random = new byte[64 * 1024];
    new Random(57).nextBytes(random);

    assertRejected(random, "random.bin", "unsupported file type application/octet-stream");
    // named as a DOCX, but no zip package inside
    assertRejected(random, "random.docx", "damaged or unreadable DOCX file: not a valid zip package");
    // named as a PDF, but no PDF inside
    assertRejected(random, "random.pdf", "not a PDF");
  }

  @Test
  void rejectsOtherTypes() {
    assertRejected("Nghị quyết 57-NQ/TW".getBytes(StandardCharsets.UTF_8), "note.txt",
        "unsupported file type text/plain; expected a PDF, DOCX, DOC, ODT or RTF file");
  }

  @Test
  void rejectsAFileLargerThanTheLimit() {
    PolicyDocumentParser parser = new PolicyDocumentParser(
        new PolicyDocumentParser.Limits(100, 1_000_000, Duration.ofSeconds(20)));

    assertThatThrownBy(() -> parser.parse(PolicyFiles.odt(TEXT), "big.odt"))
        .isInstanceOf(RejectedInputException.class)
        .hasMessage("file too large: more than 100 bytes");
  }

  @Test
  void givesUpOnAParseThatTakesTooLong() {
    PolicyDocumentParser parser = new PolicyDocumentParser(
        new PolicyDocumentParser.Limits(1024 * 1024, 1_000_000, Duration.ofMillis(1)));

    assertThatThrownBy(() -> parser.parse(PolicyFiles.rtf(TEXT), "slow.rtf"))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("parsing took longer than 1 ms");
  }
}
