package vn.policykb.ingest.read;

import java.util.Locale;

/** What kind of input a file is, by its name: the reader that takes it. */
public enum InputFormat {
  TEXT, HTML, JSONL, OFFICE, UNSUPPORTED;

  static final String SUPPORTED = ".txt, .html, .htm, .jsonl, .pdf, .docx, .doc, .odt, .rtf (each also .gz)";

  /** The format of a file name, looking through a {@code .gz} suffix. */
  public static InputFormat of(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      lower = lower.substring(0, lower.length() - 3);
    }
    String extension = extension(lower);
    return switch (extension) {
      case "txt", "text" -> TEXT;
      case "html", "htm", "xhtml" -> HTML;
      case "jsonl", "ndjson" -> JSONL;
      case "pdf", "docx", "doc", "odt", "rtf" -> OFFICE;
      default -> UNSUPPORTED;
    };
  }

  public static boolean isGzip(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  static String extension(String name) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    return dot <= 0 ? "" : file.substring(dot + 1);
  }
}
