package vn.policykb.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads evaluation sets from the formats they are published in. */
public final class EvalSets {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private EvalSets() {}

  /**
   * A corpus of {@code {"id", "title", "text", "lang"}} lines and queries of
   * {@code {"qid", "query", "relevant": [id, ...]}} lines; either file may be gzipped.
   */
  public static EvalSet jsonl(Path corpus, Path queries) throws IOException {
    List<EvalDocument> documents = readDocuments(corpus, Integer.MAX_VALUE);
    List<EvalQuery> parsed = new ArrayList<>();
    forEachJsonLine(queries, node -> {
      Set<String> relevant = new LinkedHashSet<>();
      node.path("relevant").forEach(id -> relevant.add(id.asString()));
      parsed.add(new EvalQuery(text(node, "qid"), text(node, "query"), relevant));
    });
    return new EvalSet(corpus.getFileName().toString(), documents, parsed);
  }

  /**
   * A ViRE retrieval set: a CSV with a {@code question} and a {@code context} column. The corpus
   * is the set of distinct contexts; each question's one relevant document is its own context.
   */
  public static EvalSet vire(Path csv) throws IOException {
    Map<String, String> contextIds = new LinkedHashMap<>();
    List<EvalQuery> queries = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      String questionColumn = column(parser, "question");
      String contextColumn = column(parser, "context");
      for (CSVRecord row : parser) {
        String context = row.get(contextColumn);
        String question = row.get(questionColumn);
        if (context.isBlank() || question.isBlank()) {
          continue;
        }
        String id = contextIds.computeIfAbsent(context, c -> "c" + contextIds.size());
        queries.add(new EvalQuery("q" + row.getRecordNumber(), question, Set.of(id)));
      }
    }
    List<EvalDocument> documents = new ArrayList<>();
    contextIds.forEach((context, id) -> documents.add(new EvalDocument(id, "", context, "vi")));
    return new EvalSet(csv.getFileName().toString(), documents, queries);
  }

  /** Label of the half of a set that parameters are chosen on. */
  public static final String TUNING_HALF = " half A (tuning)";
  /** Label of the half they are checked on. */
  public static final String CHECKING_HALF = " half B (checking)";

  /**
   * The set whole and in two halves: by the question's row in its file, odd rows (the first, the
   * third...) the tuning half, even rows the checking half. Rows are the published order, so the
   * split is the same on every run and every machine, and both halves ask about the same documents.
   */
  public static Map<String, List<EvalQuery>> halves(EvalSet set) {
    Map<String, List<EvalQuery>> sets = new LinkedHashMap<>();
    sets.put(set.name(), set.queries());
    List<EvalQuery> tuning = new ArrayList<>();
    List<EvalQuery> checking = new ArrayList<>();
    for (int i = 0; i < set.queries().size(); i++) {
      (i % 2 == 0 ? tuning : checking).add(set.queries().get(i));
    }
    sets.put(set.name() + TUNING_HALF, tuning);
    sets.put(set.name() + CHECKING_HALF, checking);
    return sets;
  }

  /**
   * Known-item search: the whole JSONL corpus, and as queries the titles of {@code sample}
   * documents spread evenly over it, typed as {@code typing} says; a query's one relevant
   * document is the one it is the title of.
   */
  public static EvalSet knownItem(Path corpus, Typing typing, int sample) throws IOException {
    List<EvalDocument> documents = readDocuments(corpus, Integer.MAX_VALUE);
    List<EvalQuery> queries = new ArrayList<>();
    int step = Math.max(1, documents.size() / Math.max(1, sample));
    for (int i = 0; i < documents.size() && queries.size() < sample; i += step) {
      EvalDocument doc = documents.get(i);
      if (!doc.title().isBlank()) {
        queries.add(new EvalQuery(doc.id(), typing.apply(doc.title()), Set.of(doc.id())));
      }
    }
    return new EvalSet(corpus.getFileName() + " titles " + typing.name().toLowerCase(), documents, queries);
  }

  static List<EvalDocument> readDocuments(Path file, int limit) throws IOException {
    List<EvalDocument> documents = new ArrayList<>();
    forEachJsonLine(file, node -> {
      if (documents.size() < limit) {
        documents.add(new EvalDocument(
            text(node, "id"), node.path("title").asString(""), text(node, "text"), node.path("lang").asString("vi")));
      }
    });
    return documents;
  }

  private static void forEachJsonLine(Path file, Consumer<JsonNode> action) throws IOException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          action.accept(JSON.readTree(line));
        } catch (JacksonException | IllegalArgumentException e) {
          throw new IOException(file + " line " + number + ": " + e.getMessage(), e);
        }
      }
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return value.asString();
  }

  private static String column(CSVParser parser, String name) throws IOException {
    for (String header : parser.getHeaderNames()) {
      if (header.replace("\uFEFF", "").strip().equalsIgnoreCase(name)) {
        return header;
      }
    }
    throw new IOException("no \"" + name + "\" column in " + parser.getHeaderNames());
  }
}
