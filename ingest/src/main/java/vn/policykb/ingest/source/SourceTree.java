package vn.policykb.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files named on a command line: a file stands for itself, a folder for every file below it
 * (hidden files and folders left out), each with its path relative to the folder.
 */
public final class SourceTree {

  /** A file to read, and the path its document id derives from. */
  public record Entry(Path file, String relativePath) {}

  private SourceTree() {}

  /** Every file under the given paths, in a stable order. */
  public static List<Entry> list(List<Path> roots) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new IOException("no such file or folder: " + root);
      }
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile)
              .filter(file -> !isHidden(root.relativize(file)))
              .sorted(Comparator.naturalOrder())
              .forEach(file -> entries.add(new Entry(file, slashes(root.relativize(file)))));
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else {
        entries.add(new Entry(root, root.getFileName().toString()));
      }
    }
    return entries;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String slashes(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }
}
