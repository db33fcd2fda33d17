package vn.policykb.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import vn.policykb.index.Origin;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.parse.RejectedInputException;

/** Reads any supported input into documents, by its format; never throws for bad content. */
public final class DocumentReaders {

  private DocumentReaders() {}

  /**
   * Reads one input. Every document it holds, and every reason it or a part of it is refused,
   * goes to {@code sink}; only a failure to read the stream itself throws.
   *
   * @param relativePath the input's name, relative to the folder it was found in
   */
  public static void read(String relativePath, InputStream in, Consumer<ReadOutcome> read) throws IOException {
    // a reader that does not say where its document came from read it from this file
    Consumer<ReadOutcome> sink = outcome -> read.accept(withOrigin(outcome, Origin.file(relativePath)));
    InputFormat format = InputFormat.of(relativePath);
    boolean gzip = InputFormat.isGzip(relativePath);
    try {
      switch (format) {
        case UNSUPPORTED -> throw new RejectedInputException(
            "unsupported file type; supported: " + InputFormat.SUPPORTED);
        case JSONL -> JsonlArticleReader.read(relativePath, gzip ? BoundedInput.gunzip(in) : in, sink);
        case TEXT -> sink.accept(new ReadOutcome.Document(relativePath,
            TextArticleReader.read(relativePath, BoundedInput.readAll(in, gzip, BoundedInput.MAX_BYTES))));
        case HTML -> sink.accept(new ReadOutcome.Document(relativePath,
            HtmlArticleReader.read(relativePath, null, BoundedInput.readAll(in, gzip, BoundedInput.MAX_BYTES), null)));
        case OFFICE -> sink.accept(new ReadOutcome.Document(relativePath,
            OfficeArticleReader.read(relativePath, BoundedInput.readAll(in, gzip, BoundedInput.MAX_BYTES))));
      }
    } catch (RejectedInputException e) {
      sink.accept(new ReadOutcome.Rejected(relativePath, e.getMessage()));
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      // a parser's bug on strange input must not end the batch: report it as this input's problem
      sink.accept(new ReadOutcome.Rejected(relativePath, "could not be parsed: " + e));
    }
  }

  /** The outcome, its document given {@code origin} when its reader gave it none. */
  static ReadOutcome withOrigin(ReadOutcome outcome, Origin origin) {
    if (outcome instanceof ReadOutcome.Document(String where, Article article) && article.origin() == null) {
      return new ReadOutcome.Document(where, article.withOrigin(origin));
    }
    return outcome;
  }

  /** How a fetched response is read, by its media type. */
  public enum ResponseKind { HTML, OFFICE, UNSUPPORTED }

  public static ResponseKind kindOf(String mediaType) {
    return switch (mediaType == null ? "" : mediaType) {
      case "text/html", "application/xhtml+xml" -> ResponseKind.HTML;
      case "application/pdf", "application/msword", "application/rtf", "text/rtf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.oasis.opendocument.text" -> ResponseKind.OFFICE;
      default -> ResponseKind.UNSUPPORTED;
    };
  }

  /**
   * Reads a document fetched from the web: the media type decides between the HTML article
   * reader and the policy document parser. Never throws: a refusal comes back with its reason.
   *
   * @param charset the charset of the Content-Type header, or null
   * @param langHint the language of a policy document whose text does not tell, or null
   */
  public static ReadOutcome readResponse(String url, String mediaType, String charset, byte[] body, String langHint) {
    return withOrigin(readFetched(url, mediaType, charset, body, langHint), Origin.crawl(url));
  }

  private static ReadOutcome readFetched(String url, String mediaType, String charset, byte[] body, String langHint) {
    try {
      if (body.length > BoundedInput.MAX_BYTES) {
        throw new RejectedInputException("larger than " + (BoundedInput.MAX_BYTES / (1024 * 1024))
            + " MB, the limit for one document");
      }
      return switch (kindOf(mediaType)) {
        case HTML -> new ReadOutcome.Document(url, HtmlArticleReader.read(url, url, body, charset));
        case OFFICE -> new ReadOutcome.Document(url, OfficeArticleReader.read(fileNameFor(url, mediaType), body, url, langHint));
        case UNSUPPORTED -> new ReadOutcome.Rejected(url, "content type '" + (mediaType == null || mediaType.isEmpty()
            ? "none" : mediaType) + "' is neither a web page nor a PDF or office document");
      };
    } catch (RejectedInputException e) {
      return new ReadOutcome.Rejected(url, e.getMessage());
    } catch (RuntimeException e) {
      return new ReadOutcome.Rejected(url, "could not be parsed: " + e);
    }
  }

  /** A file name whose extension tells the policy parser the type the server declared. */
  private static String fileNameFor(String url, String mediaType) {
    String extension = switch (mediaType) {
      case "application/pdf" -> ".pdf";
      case "application/msword" -> ".doc";
      case "application/rtf", "text/rtf" -> ".rtf";
      case "application/vnd.oasis.opendocument.text" -> ".odt";
      default -> ".docx";
    };
    String path = url.replaceFirst("[?#].*$", "");
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.isEmpty()) {
      name = "document";
    }
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? name : name + extension;
  }
}
