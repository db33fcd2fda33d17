package vn.policykb.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
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
  public static void read(String relativePath, InputStream in, Consumer<ReadOutcome> sink) throws IOException {
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
}
