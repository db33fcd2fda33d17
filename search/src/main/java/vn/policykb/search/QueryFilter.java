package vn.policykb.search;

import java.time.LocalDate;

/** A restriction typed as {@code field:value}: it narrows the results without ranking them. */
public sealed interface QueryFilter {

  /** Documents in one language, {@code vi} or {@code en}. */
  record Lang(String lang) implements QueryFilter {}

  /** Documents citing a resolution, by its number ({@code 57}). */
  record Resolution(String number) implements QueryFilter {}

  /** Documents from one source (news agency or site), compared without case. */
  record Source(String source) implements QueryFilter {}

  /**
   * Documents naming a person, by the key the index writes them with: a registry id
   * ({@code to-lam}), else {@code name:} and the folded name.
   */
  /** @param named a registry id, name or alias, a slug, or a name as texts write it */
  record Person(String named) implements QueryFilter {}

  /** The document of a data set line, by the line's own {@code id}. */
  record DatasetId(String id) implements QueryFilter {}

  /** Documents dated within {@code from} and {@code to}, both inclusive; a null end is open. */
  record DateRange(LocalDate from, LocalDate to) implements QueryFilter {}
}
