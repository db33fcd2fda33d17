package vn.policykb.web.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.source.SourceFile;

/**
 * On the first start (an empty index) ingests the articles bundled in the jar, with the same ids
 * as {@code ingest --data-dir DIR corpus/articles} gives them; an existing index is served as is.
 *
 * <p>It runs once every bean is made and before the web server opens its port, so that the first
 * request is answered from the bundled articles: run after start-up, it left a window in which a
 * search found nothing.
 */
@Component
class BundledCorpusLoader implements SmartInitializingSingleton {

  static final String LOCATION = "corpus/articles/";
  private static final Logger log = LoggerFactory.getLogger(BundledCorpusLoader.class);

  private final DocumentIndex index;
  private final IngestService ingester;
  private final KbProperties properties;

  BundledCorpusLoader(DocumentIndex index, IngestService ingester, KbProperties properties) {
    this.index = index;
    this.ingester = ingester;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    try {
      load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the bundled corpus into " + index.location(), e);
    }
  }

  private void load() throws IOException {
    if (!properties.bundledCorpus() || index.count() > 0) {
      log.info("serving the index at {} ({} documents)", index.location(), index.count());
      return;
    }
    List<SourceFile> files = bundledFiles();
    IngestReport report = ingester.ingest("bundled", files);
    log.info("empty index at {}: ingested the bundled corpus: {}", index.location(), report.summary());
    report.rejections().forEach(r -> log.warn("bundled corpus: rejected {}: {}", r.path(), r.reason()));
  }

  static List<SourceFile> bundledFiles() throws IOException {
    Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "**/*");
    List<SourceFile> files = new ArrayList<>();
    for (Resource resource : resources) {
      if (!resource.isReadable() || resource.getFilename() == null || resource.getFilename().startsWith(".")) {
        continue;
      }
      String url = resource.getURL().toString();
      String relative = url.substring(url.lastIndexOf(LOCATION) + LOCATION.length());
      if (relative.isEmpty() || relative.endsWith("/")) {
        continue;
      }
      try (InputStream in = resource.getInputStream()) {
        files.add(new SourceFile(relative, in.readAllBytes()));
      }
    }
    files.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
    return files;
  }
}
