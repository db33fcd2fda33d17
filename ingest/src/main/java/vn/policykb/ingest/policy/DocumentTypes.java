package vn.policykb.ingest.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of Vietnamese official documents: the upper-case name that heads the document
 * ({@code NGHỊ QUYẾT}) and the abbreviation its symbol carries ({@code 57-NQ/TW}).
 */
final class DocumentTypes {

  /** An official letter has no type heading; a {@code V/v} subject line marks it. */
  static final String OFFICIAL_LETTER = "Công văn";

  /** Heading as printed, upper case, to the name in running text. */
  private static final Map<String, String> BY_HEADING = new LinkedHashMap<>();
  /** Abbreviation in the symbol to the name in running text. */
  private static final Map<String, String> BY_CODE = new LinkedHashMap<>();

  static {
    heading("NGHỊ QUYẾT LIÊN TỊCH", "Nghị quyết liên tịch", "NQLT");
    heading("THÔNG TƯ LIÊN TỊCH", "Thông tư liên tịch", "TTLT");
    heading("NGHỊ QUYẾT", "Nghị quyết", "NQ");
    heading("QUYẾT ĐỊNH", "Quyết định", "QĐ");
    heading("NGHỊ ĐỊNH", "Nghị định", "NĐ");
    heading("KẾT LUẬN", "Kết luận", "KL");
    heading("CHỈ THỊ", "Chỉ thị", "CT");
    heading("THÔNG TƯ", "Thông tư", "TT");
    heading("BỘ LUẬT", "Bộ luật", null);
    heading("LUẬT", "Luật", null);
    heading("PHÁP LỆNH", "Pháp lệnh", null);
    heading("LỆNH", "Lệnh", null);
    heading("CÔNG ĐIỆN", "Công điện", "CĐ");
    heading("CÔNG VĂN", "Công văn", null);
    heading("KẾ HOẠCH", "Kế hoạch", "KH");
    heading("THÔNG BÁO", "Thông báo", "TB");
    heading("QUY ĐỊNH", "Quy định", "QĐi");
    heading("QUY CHẾ", "Quy chế", "QC");
    heading("HƯỚNG DẪN", "Hướng dẫn", "HD");
    heading("CHƯƠNG TRÌNH", "Chương trình", "CTr");
    heading("ĐỀ ÁN", "Đề án", "ĐA");
    heading("BÁO CÁO", "Báo cáo", "BC");
    heading("TỜ TRÌNH", "Tờ trình", "TTr");
  }

  private DocumentTypes() {}

  private static void heading(String heading, String name, String code) {
    BY_HEADING.put(heading, name);
    if (code != null) {
      BY_CODE.put(code, name);
    }
  }

  /** The type a heading line names, the line already trimmed and its spaces collapsed. */
  static Optional<String> fromHeading(String line) {
    return Optional.ofNullable(BY_HEADING.get(line));
  }

  /**
   * The type a symbol names by its abbreviation: {@code NQ} in {@code 57-NQ/TW}, {@code NĐ} in
   * {@code 15/2020/NĐ-CP}. Symbols of letters such as {@code 2345/VPCP-KGVX} name none.
   */
  static Optional<String> fromSymbol(String symbol) {
    for (String part : symbol.split("[-/]")) {
      String name = BY_CODE.get(part);
      if (name != null) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** Whether the type is a law, whose title is its name ({@code Luật An ninh mạng}). */
  static boolean isLaw(String type) {
    return type.equals("Luật") || type.equals("Bộ luật") || type.equals("Pháp lệnh");
  }
}
