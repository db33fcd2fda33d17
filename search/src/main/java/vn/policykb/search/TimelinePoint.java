package vn.policykb.search;

/**
 * The articles of one period that match a query.
 *
 * @param period {@code 2025-08-14}, {@code 2025-W33} or {@code 2025-08}
 * @param from the first day of the period ({@code 2025-08-01}): where a search of it starts
 * @param share {@code total} over all the articles of the period the filters allow; 0 when there are none
 */
public record TimelinePoint(String period, String from, long vi, long en, long total, double share) {}
