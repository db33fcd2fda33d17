package vn.policykb.ingest.quotes;

/**
 * Who said something: a registry person ({@code id} set) or a name as written, and the title or
 * role the text gives them there ({@code role}, or null).
 */
record Speaker(String name, String id, boolean person, String role) {

  Speaker(String name, String id, boolean person) {
    this(name, id, person, null);
  }

  Speaker withRole(String other) {
    return role != null || other == null ? this : new Speaker(name, id, person, other);
  }
}
