package vn.policykb.ingest.storykeys;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.policykb.analysis.TextNormalization;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.enrich.LegalReferencesStep;
import vn.policykb.kb.Entity;
import vn.policykb.kb.GlossaryEntry;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.kb.LookupKey;
import vn.policykb.kb.PhraseMatcher;
import vn.policykb.kb.Words;
import vn.policykb.index.MentionedPerson;

/** Reads the {@link StoryKeys} of an article with a registry and its glossary. */
public final class StoryKeyExtractor {

  /** What stands between a sentence's end and its first word: a stop, a colon or a line break, then an opening mark. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?s).*[.!?:\\n\"“]\\s*[\"“‘'(]?\\s*");

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

  /**
   * The keys of an article, given the resolutions and other legal documents it cites and the
   * people it names, as the steps before found them.
   */
  public StoryKeys keys(Article article, List<String> resolutions, List<String> citations,
      List<MentionedPerson> people) {
    String text = TextNormalization.nfc(article.title() + "\n" + article.body());
    Set<String> keys = new LinkedHashSet<>();
    Numbers.values(text, article.lang()).forEach(n -> keys.add("n:" + n));
    resolutions.forEach(number -> keys.add("ref:" + LegalReferencesStep.RESOLUTION_PREFIX + number));
    citations.forEach(citation -> keys.add("ref:" + citation));
    for (MentionedPerson person : people) {
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
    return i == 0 || SENTENCE_BREAK.matcher(between).matches();
  }
}
