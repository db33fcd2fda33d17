package vn.policykb.kb;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the four registry files into {@link Registries}: decodes each as UTF-8, hands it to the
 * reader of its kind, then checks what crosses entries and files ({@link RegistryConsistency}).
 * Every problem of every file is collected before failing, so that one run lists them all.
 */
final class RegistryReader {

  static final List<String> FILES = List.of(ResolutionsFile.NAME, PeopleFile.NAME, BodiesFile.NAME, GlossaryFile.NAME);

  private RegistryReader() {}

  /**
   * Reads the files that {@code files} returns by name (null: missing; an {@link UncheckedIOException}:
   * unreadable).
   *
   * @throws KnowledgeBaseException listing every problem found
   */
  static Registries read(Function<String, byte[]> files) {
    Problems problems = new Problems();
    String resolutionsText = text(ResolutionsFile.NAME, files, problems);
    String peopleText = text(PeopleFile.NAME, files, problems);
    String bodiesText = text(BodiesFile.NAME, files, problems);
    String glossaryText = text(GlossaryFile.NAME, files, problems);

    List<Body> bodies = bodiesText == null ? List.of() : BodiesFile.read(bodiesText, problems);
    List<Person> people = peopleText == null ? List.of() : PeopleFile.read(peopleText, problems);
    List<Resolution> resolutions = resolutionsText == null ? List.of() : ResolutionsFile.read(resolutionsText, problems);
    List<GlossaryEntry> glossary = glossaryText == null ? List.of() : GlossaryFile.read(glossaryText, problems);

    Registries registries = new Registries(resolutions, people, bodies, glossary);
    RegistryConsistency.check(registries, problems);
    problems.throwIfAny();
    return registries;
  }

  /** The text of {@code file} without a byte order mark; null, with a problem, if there is none. */
  private static String text(String file, Function<String, byte[]> files, Problems problems) {
    byte[] bytes;
    try {
      bytes = files.apply(file);
    } catch (UncheckedIOException e) {
      problems.add(file, null, "cannot be read: " + e.getCause().getMessage());
      return null;
    }
    if (bytes == null) {
      problems.add(file, null, "file not found");
      return null;
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      problems.add(file, null, "not valid UTF-8");
      return null;
    }
  }
}
