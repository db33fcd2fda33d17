package vn.policykb.kb;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code resolutions.yaml}: each resolution's facts and its implementing documents. */
final class ResolutionsFile {

  static final String NAME = "resolutions.yaml";

  private static final String RESOLUTIONS = "resolutions";

  private ResolutionsFile() {}

  /** The valid entries; each problem goes to {@code problems}. */
  static List<Resolution> read(String text, Problems problems) {
    List<Resolution> resolutions = new ArrayList<>();
    YamlSections sections = YamlSections.parse(NAME, text, problems, RESOLUTIONS).orElse(null);
    if (sections == null) {
      return resolutions;
    }
    for (YamlEntry entry : sections.entries(RESOLUTIONS)) {
      Resolution resolution = resolution(entry);
      if (resolution != null) {
        resolutions.add(resolution);
      }
    }
    return resolutions;
  }

  private static Resolution resolution(YamlEntry entry) {
    String id = RegistryFields.id(entry);
    String number = entry.required("number");
    Aliases shortNames = RegistryFields.aliases(entry, "shortNames");
    YamlEntry name = entry.child("name", true);
    Fact nameEn = null;
    Fact nameVi = null;
    if (name != null) {
      nameEn = RegistryFields.fact(name, "en", true);
      nameVi = RegistryFields.fact(name, "vi", true);
      name.rejectUnknownFields();
    }
    Fact date = RegistryFields.fact(entry, "date", true);
    RegistryFields.checkDate(entry, "date", date);
    Fact issuer = RegistryFields.fact(entry, "issuer", true);
    List<ImplementingDocument> documents = new ArrayList<>();
    for (YamlEntry documentEntry : entry.children("implementingDocuments")) {
      ImplementingDocument document = implementingDocument(documentEntry);
      if (document != null) {
        documents.add(document);
      }
    }
    entry.rejectUnknownFields();
    return id != null && number != null && nameEn != null && nameVi != null && date != null && issuer != null
        ? new Resolution(id, number, shortNames, nameEn, nameVi, date, issuer, documents)
        : null;
  }

  private static ImplementingDocument implementingDocument(YamlEntry entry) {
    Fact number = RegistryFields.fact(entry, "number", true);
    Fact issuer = RegistryFields.fact(entry, "issuer", true);
    Fact date = RegistryFields.fact(entry, "date", false);
    RegistryFields.checkDate(entry, "date", date);
    Fact subject = RegistryFields.fact(entry, "subject", true);
    entry.rejectUnknownFields();
    return number != null && issuer != null && subject != null
        ? new ImplementingDocument(number, issuer, date, subject)
        : null;
  }
}
