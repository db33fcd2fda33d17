package vn.policykb.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

  public static final String RESOLUTIONS = ResolutionsFile.NAME;
  public static final String PEOPLE = PeopleFile.NAME;
  public static final String BODIES = BodiesFile.NAME;
  public static final String GLOSSARY = GlossaryFile.NAME;
  public static final List<String> FILES = RegistryReader.FILES;

  /** Where the bundled copy is on the classpath. */
  public static final String BUNDLED_LOCATION = "corpus/kb/";

  private final List<Resolution> resolutions;
  private final List<Person> people;
  private final List<Body> bodies;
  private final List<Entity> entities;
  private final Glossary glossary;
  private final Map<String, Entity> byId = new LinkedHashMap<>();
  private final Map<String, Entity> byName = new HashMap<>();
  private final Map<String, Resolution> resolutionsByName = new HashMap<>();

  private KnowledgeBase(Registries registries) {
    this.resolutions = registries.resolutions();
    this.people = registries.people();
    this.bodies = registries.bodies();
    this.entities = registries.entities();
    this.glossary = new Glossary(registries.glossary());
    for (Entity entity : entities) {
      byId.put(entity.id(), entity);
      entity.names().forEach(name -> byName.putIfAbsent(LookupKey.of(name), entity));
    }
    for (Resolution resolution : resolutions) {
      resolution.lookupNames().forEach(name -> resolutionsByName.putIfAbsent(LookupKey.of(name), resolution));
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
    return new KnowledgeBase(RegistryReader.read(reader));
  }

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
    return entities;
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
}
