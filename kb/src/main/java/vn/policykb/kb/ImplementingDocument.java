package vn.policykb.kb;

/**
 * A document that implements a resolution: its number and symbol ({@code 1131/QĐ-TTg}), issuer (an
 * id in {@code bodies.yaml}), date ({@code YYYY-MM-DD}, may be null) and subject, each with its
 * evidence.
 */
public record ImplementingDocument(Fact number, Fact issuer, Fact date, Fact subject) {}
