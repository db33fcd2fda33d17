package vn.policykb.ingest.crawl.warc;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One HTTP response as fetched, for the archive.
 *
 * @param headers the response headers as received
 * @param body the body as read; empty for a 304, cut short when {@code truncated}
 * @param truncated whether the body was abandoned at the size limit
 * @param source the source it was fetched for
 * @param role {@code page} for a candidate document, {@code discovery} for a feed, sitemap or
 *     listing page, {@code robots} for robots.txt: {@code reindex --from-warc} reads pages only
 * @param lang the source's language hint, or null
 * @param keywords the source's keyword filter (lower case), applied again on reindex
 */
public record CapturedResponse(
    URI url,
    int status,
    String reason,
    Map<String, List<String>> headers,
    byte[] body,
    boolean truncated,
    String source,
    String role,
    String lang,
    List<String> keywords) {}
