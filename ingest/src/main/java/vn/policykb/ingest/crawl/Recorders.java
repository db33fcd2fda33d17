package vn.policykb.ingest.crawl;

import java.util.List;
import vn.policykb.ingest.crawl.warc.CapturedResponse;
import vn.policykb.ingest.crawl.warc.WarcArchive;

/** Archives responses with what the crawler knew when it asked for them: source and role. */
final class Recorders {

  private final WarcArchive archive;

  Recorders(WarcArchive archive) {
    this.archive = archive;
  }

  HttpFetcher.Recorder forDiscovery(CrawlSource source, String role) {
    return (url, status, headers, body, truncated) -> archive.write(new CapturedResponse(url, status,
        reasonPhrase(status), headers, body, truncated, source.name(), role, null, List.of()));
  }

  HttpFetcher.Recorder forPage(CrawlSource source) {
    return (url, status, headers, body, truncated) -> archive.write(new CapturedResponse(url, status,
        reasonPhrase(status), headers, body, truncated, source.name(), "page", source.lang(), source.keywords()));
  }

  static String reasonPhrase(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 304 -> "Not Modified";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 410 -> "Gone";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "-";
    };
  }
}
