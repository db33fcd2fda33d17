package vn.policykb.kb;

/**
 * A post a person holds or held: its title, the body (an id in {@code bodies.yaml}, or null), the
 * period as written ({@code "2024-08 –"}, {@code "as of 2025-08-10"}) and the evidence.
 */
public record Role(Bilingual title, String body, String period, Citation citation) {}
