package vn.policykb.kb;

import java.util.List;

/** A person, body or country that texts name: what an alias resolves to. */
public sealed interface Entity permits Person, Body {

  /** The stable id (a slug). */
  String id();

  /** The canonical name. */
  String displayName();

  /** Every name the entity is looked up by: canonical names and aliases. */
  List<String> names();
}
