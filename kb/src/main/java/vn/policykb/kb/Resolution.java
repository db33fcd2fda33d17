package vn.policykb.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A resolution of {@code resolutions.yaml}: the number ({@code 57-NQ/TW}), short names in both
 * languages, its subject in both languages ({@code nameEn}, {@code nameVi}: "Resolution 57-NQ/TW
 * on …"), date, issuer (an id in {@code bodies.yaml}) and implementing documents.
 */
public record Resolution(
    String id,
    String number,
    Aliases shortNames,
    Fact nameEn,
    Fact nameVi,
    Fact date,
    Fact issuer,
    List<ImplementingDocument> implementingDocuments) {

  public Resolution {
    implementingDocuments = List.copyOf(implementingDocuments);
  }

  /** A fact with the field it fills, such as {@code date} or {@code implementingDocuments[0].number}. */
  public record NamedFact(String field, Fact fact) {}

  public LocalDate issued() {
    return LocalDate.parse(date.value());
  }

  /** The leading number alone: {@code "57"} for {@code 57-NQ/TW}. */
  public String shortNumber() {
    int dash = number.indexOf('-');
    return dash < 0 ? number : number.substring(0, dash);
  }

  /** Every name the resolution is looked up by: its id, its number and its short names. */
  List<String> lookupNames() {
    List<String> names = new ArrayList<>();
    names.add(id);
    names.add(number);
    names.addAll(shortNames.all());
    return List.copyOf(names);
  }

  /** Every fact of the resolution, its implementing documents' included. */
  public List<NamedFact> facts() {
    List<NamedFact> facts = new ArrayList<>();
    facts.add(new NamedFact("name.en", nameEn));
    facts.add(new NamedFact("name.vi", nameVi));
    facts.add(new NamedFact("date", date));
    facts.add(new NamedFact("issuer", issuer));
    for (int i = 0; i < implementingDocuments.size(); i++) {
      ImplementingDocument document = implementingDocuments.get(i);
      String prefix = "implementingDocuments[" + i + "].";
      facts.add(new NamedFact(prefix + "number", document.number()));
      facts.add(new NamedFact(prefix + "issuer", document.issuer()));
      if (document.date() != null) {
        facts.add(new NamedFact(prefix + "date", document.date()));
      }
      facts.add(new NamedFact(prefix + "subject", document.subject()));
    }
    return List.copyOf(facts);
  }
}
