package vn.policykb.opensearch.node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Unpacks a plugin zip the way {@code bin/opensearch-plugin install} lays it out: plugins/NAME/. */
final class PluginZip {

  private PluginZip() {}

  /** Unpacks {@code zip} into {@code pluginsDir/NAME} (NAME from its descriptor); returns pluginsDir. */
  static Path unpack(Path zip, Path pluginsDir) throws IOException {
    if (Files.exists(pluginsDir)) {
      try (Stream<Path> old = Files.walk(pluginsDir)) {
        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    try (ZipFile file = new ZipFile(zip.toFile())) {
      ZipEntry descriptorEntry = file.getEntry("plugin-descriptor.properties");
      if (descriptorEntry == null) {
        throw new IOException(zip + " has no plugin-descriptor.properties: not an OpenSearch plugin");
      }
      Properties descriptor = new Properties();
      try (InputStream in = file.getInputStream(descriptorEntry)) {
        descriptor.load(in);
      }
      Path target = pluginsDir.resolve(descriptor.getProperty("name"));
      Files.createDirectories(target);
      for (ZipEntry entry : file.stream().toList()) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException(zip + " holds a file outside its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    return pluginsDir;
  }
}
