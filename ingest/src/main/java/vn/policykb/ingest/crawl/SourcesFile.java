package vn.policykb.ingest.crawl;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a sources file (YAML): binds it to {@link SourcesDocument} and checks the constraints of
 * its records. Every problem is collected and reported together, each with its line and the
 * source it is in; a misspelt key is a problem rather than silently ignored, so that a typo in
 * {@code sitemaps} cannot quietly empty a crawl.
 */
public final class SourcesFile {

  static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);
  static final int DEFAULT_MAX_PAGES = 1_000;

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // feeds: "http://…" is a list of one
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  /** Messages are plain text with no expressions: no expression language is needed to build them. */
  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory()
      .getValidator();

  /** The keys a file may have, wherever they are. */
  private static final Set<String> KEYS = Stream.of(SourcesDocument.class, SourceEntry.class, SettingsEntry.class)
      .flatMap(type -> Arrays.stream(type.getRecordComponents()))
      .map(java.lang.reflect.RecordComponent::getName)
      .collect(java.util.stream.Collectors.toSet());
  /**
   * The order problems are listed in, source by source: a misspelt key first, then the keys in the
   * order the example file writes them ({@code announced}: at least one place pages are announced).
   */
  private static final List<String> ORDER = List.of("settings", "sources",
      "name", "feeds", "sitemaps", "start", "announced", "follow", "hosts", "delay", "connections", "maxPages", "maxHops",
      "lang", "keywords",
      "userAgent", "timeout", "attempts", "backoff", "maxBytes", "maxRedirects", "batchSize");

  private SourcesFile() {}

  public static CrawlPlan load(java.nio.file.Path file) throws IOException, SourcesFileException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  public static CrawlPlan parse(String fileName, String yaml) throws SourcesFileException {
    NodeLines lines;
    try {
      lines = NodeLines.of(YAML, yaml);
    } catch (JacksonException e) {
      throw new SourcesFileException(fileName, List.of(new SourcesFileException.Problem(line(e),
          "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""))));
    }
    BindingProblems binding = new BindingProblems();
    SourcesDocument document;
    try {
      document = YAML.readerFor(SourcesDocument.class).withHandler(binding).readValue(yaml);
    } catch (JacksonException e) {
      throw new SourcesFileException(fileName, List.of(new SourcesFileException.Problem(line(e), e.getOriginalMessage())));
    }
    if (document == null) {
      throw new SourcesFileException(fileName,
          List.of(new SourcesFileException.Problem(1, "expected a mapping with a 'sources' list")));
    }
    // a problem may be met twice: a source that could not be bound is also a missing source
    Set<BindingProblems.Found> found = new LinkedHashSet<>(binding.found());
    for (ConstraintViolation<SourcesDocument> violation : VALIDATOR.validate(document)) {
      found.add(found(violation));
    }
    List<SourcesFileException.Problem> problems = new ArrayList<>();
    found.stream().sorted(Comparator.comparing(BindingProblems.Found::at, SourcesFile::compare))
        .forEach(f -> problems.add(new SourcesFileException.Problem(lines.of(f.at()), describe(f, document))));
    Set<String> names = new HashSet<>();
    List<SourceEntry> sources = document.sources() == null ? List.of() : document.sources();
    for (int i = 0; i < sources.size(); i++) {
      String name = sources.get(i) == null ? null : sources.get(i).name();
      if (name != null && name.matches(SourceEntry.NAME) && !names.add(name)) {
        JsonPointer at = JsonPointer.empty().appendProperty("sources").appendIndex(i).appendProperty("name");
        problems.add(new SourcesFileException.Problem(lines.of(at), "source '" + name + "': name used twice"));
      }
    }
    if (!problems.isEmpty()) {
      throw new SourcesFileException(fileName, problems);
    }
    CrawlSettings settings = document.settings() == null ? CrawlSettings.defaults() : document.settings().toSettings();
    return new CrawlPlan(settings, document.sources().stream().map(entry -> entry.toSource(settings)).toList());
  }

  /** A violation at the node it is about, its value before the message when it is one to quote. */
  private static BindingProblems.Found found(ConstraintViolation<SourcesDocument> violation) {
    JsonPointer at = JsonPointer.empty();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getIndex() != null) {
        at = at.appendIndex(node.getIndex());
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        at = at.appendProperty(node.getName());
      }
    }
    Object value = violation.getInvalidValue();
    String quoted = value instanceof String s ? "'" + s + "' " : value instanceof Number n ? n + " " : "";
    return new BindingProblems.Found(at, true, quoted + violation.getMessage());
  }

  /** {@code source 'name': key: message}; a source without a usable name is told by its number. */
  private static String describe(BindingProblems.Found found, SourcesDocument document) {
    List<String> segments = segments(found.at());
    StringBuilder text = new StringBuilder();
    int keyAt = 0;
    if (segments.size() >= 2 && segments.get(0).equals("sources")) {
      int index = Integer.parseInt(segments.get(1));
      SourceEntry entry = document.sources() == null || index >= document.sources().size()
          ? null : document.sources().get(index);
      boolean named = entry != null && entry.name() != null && entry.name().matches(SourceEntry.NAME);
      text.append(named ? "source '" + entry.name() + "'" : "source " + (index + 1)).append(": ");
      keyAt = 2;
    } else if (segments.size() >= 2 && segments.get(0).equals("settings")) {
      text.append("settings: ");
      keyAt = 1;
    }
    if (found.keyed() && keyAt < segments.size() && KEYS.contains(segments.get(keyAt))) {
      text.append(segments.get(keyAt)).append(": ");
    }
    return text.append(found.message()).toString();
  }

  /** Node by node: list items by their place, keys by {@link #ORDER}, a misspelt key first. */
  private static int compare(JsonPointer a, JsonPointer b) {
    List<String> x = segments(a);
    List<String> y = segments(b);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      String s = x.get(i);
      String t = y.get(i);
      int c = isIndex(s) && isIndex(t)
          ? Integer.compare(Integer.parseInt(s), Integer.parseInt(t))
          : Integer.compare(ORDER.indexOf(s), ORDER.indexOf(t));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
  }

  private static List<String> segments(JsonPointer pointer) {
    List<String> segments = new ArrayList<>();
    for (JsonPointer at = pointer; at != null && !at.matches(); at = at.tail()) {
      segments.add(at.getMatchingProperty());
    }
    return segments;
  }

  private static int line(JacksonException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? 1 : e.getLocation().getLineNr();
  }
}
