package vn.policykb.ingest.people;

import java.util.List;
import vn.policykb.index.MentionedPerson;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.enrich.EnrichmentStep;
import vn.policykb.ingest.enrich.Enrichments;

/** The people the body names: each place it names them, and each person once with those places. */
public final class PeopleStep implements EnrichmentStep {

  /** Every mention, in text order: what the quotes step attributes words with. */
  public static final Enrichments.Key<List<PersonMention>> MENTIONS = new Enrichments.Key<>("mentions", List.of());
  /** Each person once, with their mentions: what the index keeps. */
  public static final Enrichments.Key<List<MentionedPerson>> PEOPLE = new Enrichments.Key<>("people", List.of());

  private final PeopleRecognizer recognizer;

  public PeopleStep(PeopleRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  @Override
  public String name() {
    return "people";
  }

  @Override
  public EnrichedArticle apply(EnrichedArticle document) {
    List<PersonMention> mentions = recognizer.mentions(document.article().body());
    return document.with(MENTIONS, List.copyOf(mentions)).with(PEOPLE, PeopleRecognizer.group(mentions));
  }
}
