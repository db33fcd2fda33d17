package vn.policykb.ingest.crawl.state;

import vn.policykb.ingest.crawl.PageOutcome;

/**
 * The end of one candidate page in a run, and what to remember of it for the next run.
 *
 * @param page what to store for the URL fetched last (null: keep what is known)
 * @param status the last HTTP status, or 0 when there was no answer
 */
public record Completion(long run, String url, String source, PageOutcome outcome, String reason, int status,
    int requests, long bodyBytes, PageState page) {}
