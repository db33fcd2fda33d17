package vn.policykb.search;

/**
 * A value the matching articles have more often than the archive does.
 *
 * @param value what a search is narrowed by: a person's key, a resolution number, a term's words
 * @param label how it reads
 * @param inSample articles of the sample that have it
 * @param inArchive documents of the whole archive that have it
 * @param score how much more often the sample has it than the archive (JLH: the difference of the
 *     two rates, times their ratio)
 */
public record SignificantTerm(String value, String label, long inSample, long inArchive, double score) {}
