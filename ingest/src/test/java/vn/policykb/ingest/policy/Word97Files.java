package vn.policykb.ingest.policy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.hwpf.model.types.DOPAbstractType;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes a minimal Word 97-2003 binary document ({@code .doc}), since Apache POI reads the format
 * but cannot create one from nothing. The file holds what a reader needs to find the text and
 * nothing more: the File Information Block, the text as UTF-16 in one piece, one run of
 * character properties and one of paragraph properties (both empty, so the defaults apply), an
 * empty style sheet and font table, and default document properties. Layout as in [MS-DOC].
 */
final class Word97Files {

  private static final int FIB_SIZE = 900;
  /** Where the text starts in the WordDocument stream. */
  private static final int TEXT_START = 0x800;
  private static final int PAGE = 512;

  // indices of the (fc, lcb) pairs in FibRgFcLcb97
  private static final int STSHF = 1;
  private static final int PLCF_BTE_CHPX = 12;
  private static final int PLCF_BTE_PAPX = 13;
  private static final int STTBF_FFN = 15;
  private static final int DOP = 31;
  private static final int CLX = 33;
  private static final int FC_LCB_START = 154;
  private static final int FC_LCB_COUNT = 0x5D;

  private Word97Files() {}

  /** A .doc of the paragraphs. */
  static byte[] doc(List<String> paragraphs) {
    String text = String.join("\r", paragraphs) + "\r";
    byte[] chars = text.getBytes(StandardCharsets.UTF_16LE);
    int textEnd = TEXT_START + chars.length;
    int chpxPage = roundUp(textEnd, PAGE);
    int papxPage = chpxPage + PAGE;
    int streamSize = papxPage + PAGE;

    ByteBuffer main = ByteBuffer.allocate(streamSize).order(ByteOrder.LITTLE_ENDIAN);
    // FibBase
    main.putShort(0, (short) 0xA5EC);        // wIdent
    main.putShort(2, (short) 0x00C1);        // nFib: Word 97
    main.putShort(6, (short) 0x042A);        // lid: Vietnamese
    main.putShort(10, (short) 0x1200);       // fWhichTblStm (1Table) | fExtChar
    main.putShort(12, (short) 0x00BF);       // nFibBack
    main.putShort(32, (short) 14);           // csw
    main.putShort(62, (short) 22);           // cslw
    main.putInt(64, streamSize);             // cbMac
    main.putInt(64 + 12, text.length());     // ccpText
    main.putShort(152, (short) FC_LCB_COUNT); // cbRgFcLcb
    main.putShort(FIB_SIZE - 2, (short) 0);  // cswNew

    main.put(TEXT_START, chars);
    fkp(main, chpxPage, textEnd, false);
    fkp(main, papxPage, textEnd, true);

    ByteBuffer table = ByteBuffer.allocate(2048).order(ByteOrder.LITTLE_ENDIAN);
    // STSH: cbStshi, then an Stshi for no styles
    table.putShort(0, (short) 18);
    table.putShort(4, (short) 10);           // cbSTDBaseInFile
    fcLcb(main, STSHF, 0, 20);
    // SttbfFfn: no fonts
    fcLcb(main, STTBF_FFN, 32, 4);
    // PlcBteChpx and PlcBtePapx: one FKP page each, covering the whole text
    bte(table, 64, textEnd, chpxPage / PAGE);
    fcLcb(main, PLCF_BTE_CHPX, 64, 12);
    bte(table, 96, textEnd, papxPage / PAGE);
    fcLcb(main, PLCF_BTE_PAPX, 96, 12);
    // Clx: one Pcdt whose PlcPcd has one piece of uncompressed (UTF-16) text
    table.put(128, (byte) 0x02);
    table.putInt(129, 16);
    table.putInt(133, 0);
    table.putInt(137, text.length());
    table.putShort(141, (short) 0);
    table.putInt(143, TEXT_START);
    table.putShort(147, (short) 0);
    fcLcb(main, CLX, 128, 21);
    // DOP: all defaults
    fcLcb(main, DOP, 256, DOPAbstractType.getSize());

    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(main.array()), "WordDocument");
      fs.createDocument(new ByteArrayInputStream(table.array()), "1Table");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A formatted disk page with one run from the start of the text to {@code end}. */
  private static void fkp(ByteBuffer main, int page, int end, boolean paragraphs) {
    main.putInt(page, TEXT_START);
    main.putInt(page + 4, end);
    if (paragraphs) {
      // BxPap: offset in words of the PapxInFkp, then a 12-byte PHE left zero
      int papx = 480;
      main.put(page + 8, (byte) (papx / 2));
      // PapxInFkp: cb = 0, then cb' = 1: two bytes of istd 0 (Normal) and no properties
      main.put(page + papx, (byte) 0);
      main.put(page + papx + 1, (byte) 1);
    }
    // the byte at offset 8 of a CHPX page stays 0: no character properties
    main.put(page + PAGE - 1, (byte) 1);     // crun
  }

  private static void bte(ByteBuffer table, int at, int end, int pageNumber) {
    table.putInt(at, TEXT_START);
    table.putInt(at + 4, end);
    table.putInt(at + 8, pageNumber);
  }

  private static void fcLcb(ByteBuffer main, int index, int fc, int lcb) {
    main.putInt(FC_LCB_START + 8 * index, fc);
    main.putInt(FC_LCB_START + 8 * index + 4, lcb);
  }

  private static int roundUp(int value, int multiple) {
    return (value + multiple - 1) / multiple * multiple;
  }
}
