package vn.policykb.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import vn.policykb.analysis.TextNormalization;

/**
 * The reference registries of {@code corpus/kb/}: resolutions, people, bodies and countries, and
 * the EN↔VI glossary. {@link #load(Path)} reads a folder, {@link #loadBundled()} the copy packed
 * into the ingest jar. Loading validates everything (unique ids, no alias claimed by two entries
 * once case and diacritics are ignored, required fields, references between files, dates, the
 * evidence of each fact) and fails with a {@link KnowledgeBaseException} that lists every problem
 * with its file and entry.
 *
 * <p>Names are looked up without regard to case or diacritics: {@code person("to lam")},
 * {@code resolve("Hàn Quốc")}, {@code glossary().translations("digital transformation")}.
 */
public final class KnowledgeBase {

  public static final String RESOLUTIONS = "resolutions.yaml";
  public static final String PEOPLE = "people.yaml";
  public static final String BODIES = "bodies.yaml";
  public static final String GLOSSARY = "glossary.tsv";
  public static final List<String> FILES = List.of(RESOLUTIONS, PEOPLE, BODIES, GLOSSARY);

  /** Where the bundled copy is on the classpath. */
  public static final String BUNDLED_LOCATION = "corpus/kb/";

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String GLOSSARY_HEADER = "en\tvi\ttopics";
  private static final Set<String> TOPICS = Set.of("57", "59", "66", "68", "general");

  private final List<Resolution> resolutions;
  private final List<Person> people;
  private final List<Body> bodies;
  private final Glossary glossary;
  private final Map<String, Entity> byId = new LinkedHashMap<>();
  private final Map<String, Entity> byName = new HashMap<>();
  private final Map<String, Resolution> resolutionsByName = new HashMap<>();

  private KnowledgeBase(List<Resolution> resolutions, List<Person> people, List<Body> bodies, Glossary glossary) {
    this.resolutions = List.copyOf(resolutions);
    this.people = List.copyOf(people);
    this.bodies = List.copyOf(bodies);
    this.glossary = glossary;
    for (Entity entity : entities()) {
      byId.put(entity.id(), entity);
      entity.names().forEach(name -> byName.putIfAbsent(LookupKey.of(name), entity));
    }
    for (Resolution resolution : this.resolutions) {
      resolutionNames(resolution).forEach(name -> resolutionsByName.putIfAbsent(LookupKey.of(name), resolution));
    }
  }

  /** Reads the four files from {@code dir} (normally {@code corpus/kb}). */
  public static KnowledgeBase load(Path dir) {
    return parse(file -> {
      try {
        return Files.readAllBytes(dir.resolve(file));
      } catch (NoSuchFileException e) {
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Reads the copy bundled on the classpath under {@value #BUNDLED_LOCATION}. */
  public static KnowledgeBase loadBundled() {
    ClassLoader loader = KnowledgeBase.class.getClassLoader();
    return parse(file -> {
      try (InputStream in = loader.getResourceAsStream(BUNDLED_LOCATION + file)) {
        return in == null ? null : in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Parses and validates the files that {@code reader} returns by name (null: missing). */
  static KnowledgeBase parse(Function<String, byte[]> reader) {
    Problems problems = new Problems();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String file : FILES) {
      byte[] bytes;
      try {
        bytes = reader.apply(file);
      } catch (UncheckedIOException e) {
        problems.add(file, null, "cannot be read: " + e.getCause().getMessage());
        continue;
      }
      if (bytes == null) {
        problems.add(file, null, "file not found");
        continue;
      }
      try {
        String text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
        texts.put(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
      } catch (CharacterCodingException e) {
        problems.add(file, null, "not valid UTF-8");
      }
    }
    List<Body> bodies = texts.containsKey(BODIES) ? parseBodies(texts.get(BODIES), problems) : List.of();
    List<Person> people = texts.containsKey(PEOPLE) ? parsePeople(texts.get(PEOPLE), problems) : List.of();
    List<Resolution> resolutions =
        texts.containsKey(RESOLUTIONS) ? parseResolutions(texts.get(RESOLUTIONS), problems) : List.of();
    List<GlossaryEntry> glossary = texts.containsKey(GLOSSARY) ? parseGlossary(texts.get(GLOSSARY), problems) : List.of();

    checkIdsAndNames(people, bodies, problems);
    checkReferences(resolutions, people, bodies, problems);
    checkResolutionNames(resolutions, problems);
    problems.throwIfAny();
    return new KnowledgeBase(resolutions, people, bodies, new Glossary(glossary));
  }

  // ---- lookups

  public List<Resolution> resolutions() {
    return resolutions;
  }

  public List<Person> people() {
    return people;
  }

  /** Organisations: the bodies that are not countries. */
  public List<Body> bodies() {
    return bodies.stream().filter(b -> !b.isCountry()).toList();
  }

  public List<Body> countries() {
    return bodies.stream().filter(Body::isCountry).toList();
  }

  public Glossary glossary() {
    return glossary;
  }

  /** Every person, body and country. */
  public List<Entity> entities() {
    List<Entity> entities = new ArrayList<>(people);
    entities.addAll(bodies);
    return List.copyOf(entities);
  }

  /** The person, body or country with this id. */
  public Optional<Entity> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The person, body or country a name or alias refers to, ignoring case and diacritics. */
  public Optional<Entity> resolve(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(LookupKey.of(name)));
  }

  public Optional<Person> person(String name) {
    return resolve(name).filter(Person.class::isInstance).map(Person.class::cast);
  }

  /** The organisation (not a country) a name refers to. */
  public Optional<Body> body(String name) {
    return resolve(name).filter(Body.class::isInstance).map(Body.class::cast).filter(b -> !b.isCountry());
  }

  public Optional<Body> country(String name) {
    return resolve(name).filter(Body.class::isInstance).map(Body.class::cast).filter(Body::isCountry);
  }

  /** The resolution with this id, number ({@code 57-NQ/TW}) or short name ({@code Nghị quyết 57}). */
  public Optional<Resolution> resolution(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(resolutionsByName.get(LookupKey.of(name)));
  }

  // ---- bodies.yaml

  private static List<Body> parseBodies(String text, Problems problems) {
    Map<?, ?> root = yamlRoot(BODIES, text, problems, "bodies", "countries");
    List<Body> bodies = new ArrayList<>();
    if (root == null) {
      return bodies;
    }
    for (String section : List.of("bodies", "countries")) {
      for (YamlEntry entry : entries(BODIES, root, section, problems)) {
        String id = id(entry);
        String kind = entry.required("kind");
        if (kind != null && section.equals("countries") != kind.equals(Body.COUNTRY)) {
          entry.problem(section.equals("countries")
              ? "kind must be 'country' in countries"
              : "a country belongs in countries, not bodies");
        }
        YamlEntry name = entry.child("name", true);
        Bilingual names = null;
        if (name != null) {
          names = new Bilingual(name.required("en"), name.optional("vi"));
          name.rejectUnknownFields();
        }
        Aliases aliases = aliases(entry, "aliases");
        String parent = entry.optional("parent");
        Citation citation = citation(entry);
        entry.optional("note");
        entry.rejectUnknownFields();
        if (id != null && kind != null && names != null && names.en() != null && citation != null) {
          bodies.add(new Body(id, kind, names, aliases, parent, citation));
        }
      }
    }
    return bodies;
  }

  // ---- people.yaml

  private static List<Person> parsePeople(String text, Problems problems) {
    Map<?, ?> root = yamlRoot(PEOPLE, text, problems, "people");
    List<Person> people = new ArrayList<>();
    if (root == null) {
      return people;
    }
    for (YamlEntry entry : entries(PEOPLE, root, "people", problems)) {
      String id = id(entry);
      String name = entry.required("name");
      Aliases aliases = aliases(entry, "aliases");
      List<String> shortForms = entry.texts("shortForms");
      List<Role> roles = new ArrayList<>();
      List<YamlEntry> roleEntries = entry.children("roles");
      if (roleEntries.isEmpty()) {
        entry.problem("missing required field 'roles' (at least one role)");
      }
      for (YamlEntry role : roleEntries) {
        YamlEntry title = role.child("title", true);
        Bilingual titles = null;
        if (title != null) {
          titles = new Bilingual(title.required("en"), title.optional("vi"));
          title.rejectUnknownFields();
        }
        String body = role.optional("body");
        String period = role.optional("period");
        Citation citation = citation(role);
        role.rejectUnknownFields();
        if (titles != null && titles.en() != null && citation != null) {
          roles.add(new Role(titles, body, period, citation));
        }
      }
      String note = entry.optional("note");
      entry.rejectUnknownFields();
      if (id != null && name != null) {
        people.add(new Person(id, name, aliases, shortForms, roles, note));
      }
    }
    return people;
  }

  // ---- resolutions.yaml

  private static List<Resolution> parseResolutions(String text, Problems problems) {
    Map<?, ?> root = yamlRoot(RESOLUTIONS, text, problems, "resolutions");
    List<Resolution> resolutions = new ArrayList<>();
    if (root == null) {
      return resolutions;
    }
    for (YamlEntry entry : entries(RESOLUTIONS, root, "resolutions", problems)) {
      String id = id(entry);
      String number = entry.required("number");
      Aliases shortNames = aliases(entry, "shortNames");
      YamlEntry name = entry.child("name", true);
      Fact nameEn = null;
      Fact nameVi = null;
      if (name != null) {
        nameEn = fact(name, "en", true);
        nameVi = fact(name, "vi", true);
        name.rejectUnknownFields();
      }
      Fact date = fact(entry, "date", true);
      checkDate(entry, "date", date);
      Fact issuer = fact(entry, "issuer", true);
      List<ImplementingDocument> documents = new ArrayList<>();
      for (YamlEntry document : entry.children("implementingDocuments")) {
        Fact documentNumber = fact(document, "number", true);
        Fact documentIssuer = fact(document, "issuer", true);
        Fact documentDate = fact(document, "date", false);
        checkDate(document, "date", documentDate);
        Fact subject = fact(document, "subject", true);
        document.rejectUnknownFields();
        if (documentNumber != null && documentIssuer != null && subject != null) {
          documents.add(new ImplementingDocument(documentNumber, documentIssuer, documentDate, subject));
        }
      }
      entry.rejectUnknownFields();
      if (id != null && number != null && nameEn != null && nameVi != null && date != null && issuer != null) {
        resolutions.add(new Resolution(id, number, shortNames, nameEn, nameVi, date, issuer, documents));
      }
    }
    return resolutions;
  }

  private static void checkDate(YamlEntry entry, String key, Fact date) {
    if (date == null) {
      return;
    }
    try {
      LocalDate.parse(date.value());
    } catch (DateTimeParseException e) {
      entry.problem("'" + key + "' must be a date written YYYY-MM-DD, not '" + date.value() + "'");
    }
  }

  // ---- glossary.tsv

  private static List<GlossaryEntry> parseGlossary(String text, Problems problems) {
    List<GlossaryEntry> entries = new ArrayList<>();
    String[] lines = TextNormalization.nfc(text).split("\r?\n", -1);
    boolean header = false;
    Map<String, String> english = new HashMap<>();
    Map<String, String> vietnamese = new HashMap<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      String where = "line " + number;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        header = true;
        if (!line.strip().equals(GLOSSARY_HEADER)) {
          problems.add(GLOSSARY, where, "the header must be 'en<TAB>vi<TAB>topics', not '" + line + "'");
        }
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 3) {
        problems.add(GLOSSARY, where, "expected 3 tab-separated columns (en, vi, topics), found " + columns.length);
        continue;
      }
      List<String> en = terms(columns[0], "en", where, problems);
      List<String> vi = terms(columns[1], "vi", where, problems);
      List<String> topics = terms(columns[2], "topics", where, problems);
      for (String topic : topics) {
        if (!TOPICS.contains(topic)) {
          problems.add(GLOSSARY, where, "unknown topic '" + topic + "' (expected one of 57, 59, 66, 68, general)");
        }
      }
      claimTerms(en, "English", english, where, problems);
      claimTerms(vi, "Vietnamese", vietnamese, where, problems);
      if (!en.isEmpty() && !vi.isEmpty()) {
        entries.add(new GlossaryEntry(number, en, vi, topics));
      }
    }
    if (!header) {
      problems.add(GLOSSARY, null, "no header line 'en<TAB>vi<TAB>topics'");
    }
    return entries;
  }

  private static List<String> terms(String column, String name, String where, Problems problems) {
    List<String> terms = new ArrayList<>();
    if (column.isBlank()) {
      problems.add(GLOSSARY, where, "missing required column '" + name + "'");
      return terms;
    }
    for (String term : column.split("\\|", -1)) {
      if (term.isBlank()) {
        problems.add(GLOSSARY, where, "empty term in column '" + name + "' (a stray '|'?)");
      } else {
        terms.add(term.strip());
      }
    }
    return terms;
  }

  private static void claimTerms(List<String> terms, String language, Map<String, String> claimed, String where, Problems problems) {
    Map<String, String> own = new HashMap<>();
    for (String term : terms) {
      String key = LookupKey.of(term);
      if (own.putIfAbsent(key, term) != null) {
        continue;
      }
      String previous = claimed.putIfAbsent(key, where + " ('" + term + "')");
      if (previous != null) {
        problems.add(GLOSSARY, where, language + " term '" + term + "' is already on " + previous);
      }
    }
  }

  // ---- shared YAML reading

  private static Map<?, ?> yamlRoot(String file, String text, Problems problems, String... sections) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Object root;
    try {
      root = new Yaml(new SafeConstructor(options)).load(text);
    } catch (YAMLException e) {
      problems.add(file, null, "not valid YAML: " + e.getMessage().replace('\n', ' '));
      return null;
    }
    if (!(root instanceof Map<?, ?> map)) {
      problems.add(file, null, "must be a map with " + String.join(" and ", sections) + ", not " + YamlEntry.describe(root));
      return null;
    }
    for (Object key : map.keySet()) {
      if (!Arrays.asList(sections).contains(String.valueOf(key))) {
        problems.add(file, null, "unknown section '" + key + "' (expected " + String.join(", ", sections) + ")");
      }
    }
    return map;
  }

  private static List<YamlEntry> entries(String file, Map<?, ?> root, String section, Problems problems) {
    Object value = root.get(section);
    List<YamlEntry> entries = new ArrayList<>();
    if (value == null) {
      problems.add(file, null, "missing section '" + section + "'");
      return entries;
    }
    if (!(value instanceof List<?> list)) {
      problems.add(file, null, "section '" + section + "' must be a list of entries");
      return entries;
    }
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      String label = section + " #" + (i + 1);
      if (item instanceof Map<?, ?> map) {
        Object id = map.get("id");
        entries.add(new YamlEntry(file, id == null ? label + " (no id)" : "'" + id + "' (" + label + ")", map, problems));
      } else {
        problems.add(file, label, "must be a map, not " + YamlEntry.describe(item));
      }
    }
    return entries;
  }

  private static String id(YamlEntry entry) {
    String id = entry.required("id");
    if (id != null && !SLUG.matcher(id).matches()) {
      entry.problem("id '" + id + "' must be a slug: lower-case letters and digits joined by '-'");
    }
    return id;
  }

  private static Aliases aliases(YamlEntry entry, String key) {
    YamlEntry aliases = entry.child(key, false);
    if (aliases == null) {
      return new Aliases(List.of(), List.of());
    }
    Aliases result = new Aliases(aliases.texts("en"), aliases.texts("vi"));
    aliases.rejectUnknownFields();
    return result;
  }

  /** A fact: a map with value, status, source, quote and note. */
  private static Fact fact(YamlEntry parent, String key, boolean required) {
    YamlEntry entry = parent.child(key, required);
    if (entry == null) {
      return null;
    }
    String value = entry.required("value");
    Citation citation = citation(entry);
    entry.rejectUnknownFields();
    return value == null || citation == null ? null : new Fact(value, citation);
  }

  /** The status, source, quote and note fields of an entry. */
  private static Citation citation(YamlEntry entry) {
    String status = entry.required("status");
    String source = entry.optional("source");
    String quote = entry.optional("quote");
    String note = entry.optional("note");
    if (status == null) {
      return null;
    }
    Citation.Status parsed;
    switch (status) {
      case "verified" -> {
        parsed = Citation.Status.VERIFIED;
        if (source == null) {
          entry.problem("status is verified but no 'source' names the bundled article");
        } else if (source.contains("/") || source.contains("\\")) {
          entry.problem("'source' must be a file name in corpus/articles/, not a path: '" + source + "'");
        }
        if (quote == null) {
          entry.problem("status is verified but no 'quote' gives the article's words");
        }
      }
      case "unverified" -> {
        parsed = Citation.Status.UNVERIFIED;
        if (source != null || quote != null) {
          entry.problem("status is unverified but a 'source' or 'quote' is given (mark it verified, or drop them)");
        }
      }
      default -> {
        entry.problem("status must be 'verified' or 'unverified', not '" + status + "'");
        return null;
      }
    }
    return new Citation(parsed, source, quote, note);
  }

  // ---- cross-file checks

  private static void checkIdsAndNames(List<Person> people, List<Body> bodies, Problems problems) {
    record Owner(String file, String id, String name) {}
    Map<String, Owner> ids = new HashMap<>();
    Map<String, Owner> names = new HashMap<>();
    List<Entity> entities = new ArrayList<>(people);
    entities.addAll(bodies);
    for (Entity entity : entities) {
      String file = entity instanceof Person ? PEOPLE : BODIES;
      String label = "'" + entity.id() + "'";
      Owner previousId = ids.putIfAbsent(entity.id(), new Owner(file, entity.id(), entity.id()));
      if (previousId != null) {
        problems.add(file, label, "duplicate id: also used in " + previousId.file());
        continue;
      }
      for (String name : entity.names()) {
        String key = LookupKey.of(name);
        Owner previous = names.putIfAbsent(key, new Owner(file, entity.id(), name));
        if (previous != null && !previous.id().equals(entity.id())) {
          problems.add(file, label, "alias '" + name + "' is already claimed by " + previous.file()
              + " entry '" + previous.id() + "' (as '" + previous.name() + "')");
        }
      }
    }
  }

  private static void checkReferences(List<Resolution> resolutions, List<Person> people, List<Body> bodies, Problems problems) {
    Map<String, Body> bodyIds = new HashMap<>();
    bodies.forEach(b -> bodyIds.putIfAbsent(b.id(), b));
    for (Body body : bodies) {
      if (body.parent() != null && !bodyIds.containsKey(body.parent())) {
        problems.add(BODIES, "'" + body.id() + "'", "parent '" + body.parent() + "' is not an id in " + BODIES);
      }
    }
    for (Person person : people) {
      for (Role role : person.roles()) {
        if (role.body() != null && !bodyIds.containsKey(role.body())) {
          problems.add(PEOPLE, "'" + person.id() + "'", "role '" + role.title().en() + "': body '" + role.body()
              + "' is not an id in " + BODIES);
        }
      }
    }
    Map<String, Resolution> ids = new HashMap<>();
    for (Resolution resolution : resolutions) {
      String label = "'" + resolution.id() + "'";
      if (ids.putIfAbsent(resolution.id(), resolution) != null) {
        problems.add(RESOLUTIONS, label, "duplicate id");
      }
      List<Fact> issuers = new ArrayList<>();
      issuers.add(resolution.issuer());
      resolution.implementingDocuments().forEach(d -> issuers.add(d.issuer()));
      for (Fact issuer : issuers) {
        if (!bodyIds.containsKey(issuer.value())) {
          problems.add(RESOLUTIONS, label, "issuer '" + issuer.value() + "' is not an id in " + BODIES);
        }
      }
    }
  }

  private static void checkResolutionNames(List<Resolution> resolutions, Problems problems) {
    Map<String, String> claimed = new HashMap<>();
    for (Resolution resolution : resolutions) {
      for (String name : resolutionNames(resolution)) {
        String previous = claimed.putIfAbsent(LookupKey.of(name), resolution.id());
        if (previous != null && !previous.equals(resolution.id())) {
          problems.add(RESOLUTIONS, "'" + resolution.id() + "'", "short name '" + name
              + "' is already claimed by entry '" + previous + "'");
        }
      }
    }
  }

  private static List<String> resolutionNames(Resolution resolution) {
    List<String> names = new ArrayList<>();
    names.add(resolution.id());
    names.add(resolution.number());
    names.addAll(resolution.shortNames().all());
    return names;
  }
}
