package vn.policykb.ingest.crawl.warc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import vn.policykb.ingest.crawl.body.ContentDecoding;

/** Reads back the response a crawled document was indexed from: the proof of what was fetched. */
public final class ArchivedCopies {

  /**
   * An archived response.
   *
   * @param url the address it was fetched from
   * @param fetched when, as the WARC record says (ISO-8601)
   * @param contentType the response's media type as received
   * @param body the body as received, its Content-Encoding (gzip, deflate, br) undone: the archive
   *     keeps it encoded, a reader wants the page
   */
  public record ArchivedCopy(String url, String fetched, String contentType, byte[] body) {}

  private ArchivedCopies() {}

  /**
   * The response at {@code location} ({@code file@offset}) under the data directory's archive, or
   * empty when the location names no readable response there.
   */
  public static Optional<ArchivedCopy> read(Path dataDir, String location) throws IOException {
    WarcLocation where;
    try {
      where = WarcLocation.parse(location);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Path directory = WarcArchive.directory(dataDir).toAbsolutePath().normalize();
    Path file = directory.resolve(where.file()).normalize();
    // the stored location names a file of the archive, never a path elsewhere
    if (!file.getParent().equals(directory) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file)) {
      if (where.offset() < 0 || where.offset() >= channel.size()) {
        return Optional.empty();
      }
      channel.position(where.offset());
      try (WarcReader reader = new WarcReader(channel)) {
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty() || !(record.get() instanceof WarcResponse response)) {
          return Optional.empty();
        }
        MediaType type = response.http().contentType();
        byte[] received = response.http().body().stream().readAllBytes();
        // a record not truncated decoded within the crawl's limit when it was fetched
        byte[] body = ContentDecoding.decode(response.http().headers().all("Content-Encoding"), received,
            Integer.MAX_VALUE) instanceof ContentDecoding.Decoded.Body decoded ? decoded.bytes() : received;
        return Optional.of(new ArchivedCopy(response.target(), response.date().toString(), type.toString(), body));
      }
    }
  }
}
