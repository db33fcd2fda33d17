package vn.policykb.web.resolutions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.policykb.kb.Body;
import vn.policykb.kb.Fact;
import vn.policykb.kb.ImplementingDocument;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.kb.Resolution;
import vn.policykb.search.Coverage;
import vn.policykb.search.DocumentLookup;
import vn.policykb.search.QueryFilter;
import vn.policykb.search.QuoteQuery;
import vn.policykb.search.QuoteSearch;
import vn.policykb.web.shared.FactView;

/** Puts together a resolution's registry facts and what the archive holds about it. */
@Component
public class ResolutionProfiles {

  static final int TOP_QUOTES = 5;
  static final int LATEST_DOCUMENTS = 10;
  /** {@code 57}, {@code 57-NQ/TW}, {@code 57/NQ-TW}, {@code NQ 57}. */
  private static final Pattern NUMBER = Pattern.compile("(?i)(?:nq[- ]?)?(\\d{1,4})(?:[-/ ]?nq(?:[-/]tw)?)?");

  private final KnowledgeBase knowledgeBase;
  private final DocumentLookup reader;
  private final QuoteSearch quotes;

  public ResolutionProfiles(KnowledgeBase knowledgeBase, DocumentLookup reader, QuoteSearch quotes) {
    this.knowledgeBase = knowledgeBase;
    this.reader = reader;
    this.quotes = quotes;
  }

  /** Every resolution of the registry, in its order, with its document count. */
  public List<ResolutionProfile.Summary> all() throws IOException {
    List<ResolutionProfile.Summary> all = new ArrayList<>();
    for (Resolution resolution : knowledgeBase.resolutions()) {
      all.add(profile(resolution, reader.resolutionCoverage(resolution.shortNumber(), 0), List.of()).summary());
    }
    return all;
  }

  /** The resolution a number or name stands for ({@code 57}, {@code 57-NQ/TW}, {@code Nghị quyết 57}). */
  public Optional<ResolutionProfile> profile(String numberOrName) throws IOException {
    Optional<Resolution> found = find(numberOrName);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Resolution resolution = found.get();
    String number = resolution.shortNumber();
    Coverage coverage = reader.resolutionCoverage(number, LATEST_DOCUMENTS);
    var top = quotes.top(new QuoteQuery("", "", List.of(new QueryFilter.Resolution(number)), 1, 1), TOP_QUOTES);
    return Optional.of(profile(resolution, coverage, top));
  }

  private Optional<Resolution> find(String numberOrName) {
    String typed = numberOrName == null ? "" : numberOrName.strip();
    Matcher m = NUMBER.matcher(typed);
    if (m.matches()) {
      String number = String.valueOf(Integer.parseInt(m.group(1)));
      return knowledgeBase.resolutions().stream().filter(r -> r.shortNumber().equals(number)).findFirst();
    }
    return knowledgeBase.resolution(typed.toLowerCase(Locale.ROOT));
  }

  private ResolutionProfile profile(Resolution r, Coverage coverage, List<vn.policykb.search.QuoteHit> top) {
    List<ResolutionProfile.ImplementingDocumentView> documents = new ArrayList<>();
    for (ImplementingDocument d : r.implementingDocuments()) {
      documents.add(new ResolutionProfile.ImplementingDocumentView(FactView.of(d.number()), issuer(d.issuer()),
          FactView.of(d.date()), FactView.of(d.subject())));
    }
    return new ResolutionProfile(r.id(), r.number(), r.shortNumber(),
        new ResolutionProfile.Names(r.shortNames().en(), r.shortNames().vi()), FactView.of(r.nameEn()),
        FactView.of(r.nameVi()), FactView.of(r.date()), issuer(r.issuer()), documents, coverage.total(), coverage,
        top, coverage.latest());
  }

  private ResolutionProfile.Issuer issuer(Fact fact) {
    Optional<Body> body = knowledgeBase.byId(fact.value()).filter(Body.class::isInstance).map(Body.class::cast);
    return new ResolutionProfile.Issuer(FactView.of(fact), body.map(b -> b.name().en()).orElse(fact.value()),
        body.map(b -> b.name().vi()).orElse(null));
  }
}
