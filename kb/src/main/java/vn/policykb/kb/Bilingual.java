package vn.policykb.kb;

/** A text in English and in Vietnamese; {@code vi} may be null where no Vietnamese form is known. */
public record Bilingual(String en, String vi) {}
