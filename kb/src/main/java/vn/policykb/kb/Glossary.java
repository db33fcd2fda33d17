package vn.policykb.kb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The EN↔VI policy terms of {@code glossary.tsv}. Terms are looked up without regard to case or
 * diacritics ({@link LookupKey}); a term belongs to one concept on each side.
 */
public final class Glossary {

  private final List<GlossaryEntry> entries;
  private final Map<String, GlossaryEntry> byEnglish = new LinkedHashMap<>();
  private final Map<String, GlossaryEntry> byVietnamese = new LinkedHashMap<>();

  Glossary(List<GlossaryEntry> entries) {
    this.entries = List.copyOf(entries);
    for (GlossaryEntry entry : this.entries) {
      entry.en().forEach(term -> byEnglish.putIfAbsent(LookupKey.of(term), entry));
      entry.vi().forEach(term -> byVietnamese.putIfAbsent(LookupKey.of(term), entry));
    }
  }

  public List<GlossaryEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /** The concept with the English term {@code term}. */
  public Optional<GlossaryEntry> english(String term) {
    return Optional.ofNullable(byEnglish.get(LookupKey.of(term)));
  }

  /** The concept with the Vietnamese term {@code term}. */
  public Optional<GlossaryEntry> vietnamese(String term) {
    return Optional.ofNullable(byVietnamese.get(LookupKey.of(term)));
  }

  /** The Vietnamese terms for an English term, the preferred first; empty when unknown. */
  public List<String> toVietnamese(String englishTerm) {
    return english(englishTerm).map(GlossaryEntry::vi).orElse(List.of());
  }

  /** The English terms for a Vietnamese term, the preferred first; empty when unknown. */
  public List<String> toEnglish(String vietnameseTerm) {
    return vietnamese(vietnameseTerm).map(GlossaryEntry::en).orElse(List.of());
  }

  /**
   * The translations of a term in either language: its Vietnamese terms if it is an English term,
   * else its English terms if it is a Vietnamese one, else nothing.
   */
  public List<String> translations(String term) {
    List<String> vietnamese = toVietnamese(term);
    return vietnamese.isEmpty() ? toEnglish(term) : vietnamese;
  }
}
