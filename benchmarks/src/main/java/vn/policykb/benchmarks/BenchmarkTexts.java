package vn.policykb.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The texts a benchmark works on: the first articles of a JSONL file ({@code title}, {@code text}
 * per line, gzipped or not), or, with no file given, the bundled {@code corpus/articles} of the
 * working directory.
 */
final class BenchmarkTexts {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private BenchmarkTexts() {}

  /** Title and text of up to {@code limit} articles. */
  static List<String[]> articles(String corpus, int limit) {
    try {
      return corpus == null || corpus.isBlank() ? bundled() : jsonl(Path.of(corpus), limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> jsonl(Path file, int limit) throws IOException {
    List<String[]> articles = new ArrayList<>();
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while (articles.size() < limit && (line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode node = JSON.readTree(line);
          articles.add(new String[] {node.path("title").asString(""), node.path("text").asString("")});
        }
      }
    }
    return articles;
  }

  private static List<String[]> bundled() throws IOException {
    Path folder = Path.of("corpus", "articles");
    if (!Files.isDirectory(folder)) {
      throw new IOException("no corpus given (-p corpus=FILE.jsonl.gz) and no " + folder.toAbsolutePath());
    }
    try (Stream<Path> files = Files.walk(folder)) {
      List<String[]> articles = new ArrayList<>();
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        articles.add(new String[] {"", Files.readString(f)});
      }
      return articles;
    }
  }
}
