package vn.policykb.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files named on a command line: a file stands for itself, a folder for every file below it,
 * each with its path relative to the folder. Hidden files and folders (a name starting with a dot)
 * are left out without a word, as a checkout's {@code .git} or an editor's backups should be; what
 * else cannot be read as a file (an empty file, a symbolic link that loops or leads nowhere, a
 * link to a folder, a pipe) is listed with the reason it is skipped.
 */
public final class SourceTree {

  /**
   * A file to read, and the path its document id derives from.
   *
   * @param skipReason why the file is not read, or null for a file to read
   */
  public record Entry(Path file, String relativePath, String skipReason) {

    public Entry(Path file, String relativePath) {
      this(file, relativePath, null);
    }

    public boolean skipped() {
      return skipReason != null;
    }
  }

  private SourceTree() {}

  /** Every regular file under the given paths, in a stable order: what there is to read. */
  public static List<Entry> list(List<Path> roots) throws IOException {
    return walk(roots).stream().filter(entry -> Files.isRegularFile(entry.file())).toList();
  }

  /**
   * Every entry under the given paths, in a stable order: the files to read, and those skipped
   * with the reason.
   */
  public static List<Entry> walk(List<Path> roots) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new IOException("no such file or folder: " + root);
      }
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(file -> !file.equals(root))
              .filter(file -> !isHidden(root.relativize(file)))
              .filter(file -> Files.isSymbolicLink(file) || !Files.isDirectory(file))
              .sorted(Comparator.naturalOrder())
              .forEach(file -> entries.add(entry(file, slashes(root.relativize(file)))));
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else {
        entries.add(entry(root, root.getFileName().toString()));
      }
    }
    return entries;
  }

  private static Entry entry(Path file, String relativePath) {
    return new Entry(file, relativePath, skipReason(file));
  }

  /** Why a file is not read, or null. */
  private static String skipReason(Path file) {
    try {
      if (Files.isSymbolicLink(file)) {
        file.toRealPath();
      }
      if (Files.isDirectory(file)) {
        return "symbolic link to a folder, not followed";
      }
      if (!Files.isRegularFile(file)) {
        return "not a regular file";
      }
      return Files.size(file) == 0 ? "empty file" : null;
    } catch (NoSuchFileException e) {
      return "dangling symbolic link to " + target(file);
    } catch (FileSystemException e) {
      // ELOOP: a link to itself, or a ring of links
      return e.getReason() != null && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic links")
          ? "symbolic link loop" : "cannot be read: " + e.getMessage();
    } catch (IOException e) {
      return "cannot be read: " + e.getMessage();
    }
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "a missing file";
    }
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
