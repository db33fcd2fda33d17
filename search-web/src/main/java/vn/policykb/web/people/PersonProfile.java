package vn.policykb.web.people;

import java.util.List;
import vn.policykb.search.Coverage;
import vn.policykb.search.DocumentSummary;
import vn.policykb.search.QuoteHit;
import vn.policykb.web.shared.FactView;

/**
 * What the knowledge base knows of a person: for a registry person its facts (aliases, roles with
 * their marks), for one only named in texts the name they write; then the articles naming them,
 * their quotes and how often they are named, by month.
 *
 * @param registered whether {@code people.yaml} has the person
 * @param quoteCount all their quotes; {@code quotes} lists the first of them
 */
public record PersonProfile(
    String id, String name, boolean registered, Names aliases, List<String> shortForms, List<RoleView> roles,
    String note, long documentCount, Coverage coverage, List<DocumentSummary> documents, long quoteCount,
    List<QuoteHit> quotes) {

  /** Names in English and Vietnamese. */
  public record Names(List<String> en, List<String> vi) {

    public static final Names NONE = new Names(List.of(), List.of());
  }

  /** A post the person holds or held, with its evidence. */
  public record RoleView(String titleEn, String titleVi, String body, String bodyName, String period, FactView evidence) {}
}
