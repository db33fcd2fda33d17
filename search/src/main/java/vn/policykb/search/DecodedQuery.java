package vn.policykb.search;

/**
 * A query read as other words than it was typed in: what a "showing results for … search instead
 * for …" line shows.
 *
 * @param query the words searched for ({@code nghị quyết 57})
 * @param typed the query as it was typed ({@code nghij quyeets 57})
 */
public record DecodedQuery(String query, String typed) {}
