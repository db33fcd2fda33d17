package vn.policykb.ingest.quotes;

/** Who said something: a registry person ({@code id} set) or a name as written. */
record Speaker(String name, String id, boolean person) {}
