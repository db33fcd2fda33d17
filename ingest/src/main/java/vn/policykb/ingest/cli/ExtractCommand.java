package vn.policykb.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.ingest.enrich.EnrichedArticle;
import vn.policykb.ingest.enrich.LegalReferencesStep;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.read.DocumentReaders;
import vn.policykb.ingest.read.ReadOutcome;
import vn.policykb.ingest.source.SourceTree;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
        "Prints what ingestion would index, one JSON object per document, without indexing:"
            + " {\"path\", \"title\", \"date\", \"author\", \"lang\", \"site\", \"url\", \"body\", \"captions\","
            + " \"resolutions\", \"citations\"}; a rejected input prints {\"path\", \"rejected\"}.",
        "Reads files and folders: .txt, .html, .htm, .jsonl, .pdf, .docx, .doc, .odt, .rtf, each also .gz."})
final class ExtractCommand implements Callable<Integer> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    for (SourceTree.Entry entry : SourceTree.list(paths)) {
      try (InputStream in = Files.newInputStream(entry.file())) {
        DocumentReaders.read(entry.relativePath(), in, outcome -> out.println(json(outcome)));
      } catch (IOException | UncheckedIOException e) {
        out.println(JSON.writeValueAsString(Map.of("path", entry.relativePath(), "rejected", "cannot read: " + e.getMessage())));
      }
      out.flush();
    }
    return 0;
  }

  private static String json(ReadOutcome outcome) {
    Map<String, Object> fields = new LinkedHashMap<>();
    switch (outcome) {
      case ReadOutcome.Rejected rejected -> {
        fields.put("path", rejected.where());
        fields.put("rejected", rejected.reason());
      }
      case ReadOutcome.Document document -> {
        Article a = document.article();
        EnrichedArticle references = new LegalReferencesStep().apply(EnrichedArticle.of(a));
        fields.put("path", document.where());
        fields.put("title", a.title());
        fields.put("date", a.date() == null ? null : a.date().toString());
        fields.put("author", a.author());
        fields.put("lang", a.lang());
        fields.put("site", a.source());
        fields.put("url", a.url());
        fields.put("dateline", a.dateline());
        fields.put("summary", a.summary());
        fields.put("body", a.body());
        fields.put("captions", a.captions());
        fields.put("resolutions", references.get(LegalReferencesStep.RESOLUTIONS));
        fields.put("citations", references.get(LegalReferencesStep.CITATIONS));
      }
    }
    return JSON.writeValueAsString(fields);
  }
}
