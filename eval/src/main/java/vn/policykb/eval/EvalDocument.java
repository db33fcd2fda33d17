package vn.policykb.eval;

/** One document of an evaluation corpus. */
public record EvalDocument(String id, String title, String text, String lang) {}
