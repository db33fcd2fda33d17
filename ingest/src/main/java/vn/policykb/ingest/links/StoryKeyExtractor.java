package vn.policykb.ingest.links;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.ingest.Enricher;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.kb.Entity;
import vn.policykb.ingest.kb.GlossaryEntry;
import vn.policykb.ingest.kb.KnowledgeBase;
import vn.policykb.ingest.kb.LookupKey;
import vn.policykb.ingest.kb.PhraseMatcher;
import vn.policykb.ingest.kb.Words;
import vn.policykb.ingest.people.MentionedPerson;

/** Reads the {@link StoryKeys} of an article with a registry and its glossary. */
public final class StoryKeyExtractor {

  private final PhraseMatcher<String> entities = new PhraseMatcher<>();
  private final PhraseMatcher<String> englishTerms = new PhraseMatcher<>();
  private final PhraseMatcher<String> vietnameseTerms = new PhraseMatcher<>();

  public StoryKeyExtractor(KnowledgeBase kb) {
    for (Entity entity : kb.entities()) {
      entity.names().forEach(name -> entities.add(name, "e:" + entity.id()));
    }
    for (GlossaryEntry entry : kb.glossary().entries()) {
      String concept = "g:" + entry.line();
      entry.en().forEach(term -> englishTerms.add(term, concept));
      entry.vi().forEach(term -> vietnameseTerms.add(term, concept));
    }
  }

  /** The extractor with the registry bundled in the jar, read once. */
  public static StoryKeyExtractor bundled() {
    return Bundled.EXTRACTOR;
  }

  private static final class Bundled {
    static final StoryKeyExtractor EXTRACTOR = new StoryKeyExtractor(KnowledgeBase.loadBundled());
  }

  /**
   * The keys of an enriched article: its legal references are the resolutions and citations
   * enrichment found, and its people those it recognized.
   */
  public StoryKeys keys(Article article) {
    String text = TextNormalization.nfc(article.title() + "\n" + article.body());
    Set<String> keys = new LinkedHashSet<>();
    Numbers.values(text, article.lang()).forEach(n -> keys.add("n:" + n));
    article.resolutions().forEach(number -> keys.add("ref:" + Enricher.RESOLUTION_PREFIX + number));
    article.citations().forEach(citation -> keys.add("ref:" + citation));
    for (MentionedPerson person : article.people()) {
      keys.add(person.id() != null ? "e:" + person.id() : "p:" + LookupKey.of(person.name()));
    }
    List<Words.Word> words = Words.of(text);
    List<String> wordKeys = words.stream().map(Words.Word::key).toList();
    for (PhraseMatcher.Match<String> match : entities.find(wordKeys)) {
      // a name is written with a capital: "anh" (a pronoun) is not "Anh" (Britain)
      if (words.subList(match.start(), match.end()).stream().anyMatch(Words.Word::capitalized)) {
        keys.add(match.value());
      }
    }
    PhraseMatcher<String> terms = "vi".equals(article.lang()) ? vietnameseTerms : englishTerms;
    terms.find(wordKeys).forEach(match -> keys.add(match.value()));
    for (int i = 0; i < words.size(); i++) {
      Words.Word word = words.get(i);
      if (isLatinName(word) && !startsSentence(text, words, i)) {
        keys.add("w:" + word.key());
      }
    }
    return new StoryKeys(keys);
  }

  /**
   * A capitalized word of plain Latin letters, such as a foreign name or an acronym, is written
   * the same in a translation; Vietnamese words mostly carry marks and are left out by that.
   */
  private static boolean isLatinName(Words.Word word) {
    String text = word.text();
    if (text.length() < 2 || !word.capitalized()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word opens a sentence, where any word has a capital. */
  private static boolean startsSentence(String text, List<Words.Word> words, int i) {
    int from = i == 0 ? 0 : words.get(i - 1).end();
    String between = text.substring(from, words.get(i).start());
    return i == 0 || between.matches("(?s).*[.!?:\\n\"“]\\s*[\"“‘'(]?\\s*");
  }
}
