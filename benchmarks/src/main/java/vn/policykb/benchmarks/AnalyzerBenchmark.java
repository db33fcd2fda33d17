package vn.policykb.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.policykb.analysis.EnglishTextAnalyzer;
import vn.policykb.analysis.VietnameseExactAnalyzer;
import vn.policykb.analysis.VietnameseFoldedAnalyzer;
import vn.policykb.analysis.VietnameseSyllableBigramAnalyzer;

/**
 * Analysis throughput of each of the project's analyzers against Lucene's StandardAnalyzer on the
 * same text, in the same run. One operation analyses the whole sample; the score is samples per
 * second, so the ratio of two scores is the ratio of their speeds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class AnalyzerBenchmark {

  @Param({"standard", "vietnamese-exact", "vietnamese-folded", "syllable-bigrams", "english", "lucene-english"})
  public String analyzer;

  /** A JSONL(.gz) file of articles; empty for the bundled corpus. */
  @Param("")
  public String corpus;

  @Param("1000")
  public int articles;

  private List<String> texts;
  private Analyzer instance;

  @Setup(Level.Trial)
  public void setUp() {
    texts = BenchmarkTexts.articles(corpus, articles).stream().map(a -> a[0] + "\n" + a[1]).toList();
    instance = switch (analyzer) {
      case "standard" -> new StandardAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET);
      case "vietnamese-exact" -> new VietnameseExactAnalyzer();
      case "vietnamese-folded" -> new VietnameseFoldedAnalyzer();
      case "syllable-bigrams" -> new VietnameseSyllableBigramAnalyzer();
      case "english" -> new EnglishTextAnalyzer();
      // Lucene's own English analysis, the yardstick for the English field
      case "lucene-english" -> new EnglishAnalyzer();
      default -> throw new IllegalArgumentException("unknown analyzer " + analyzer);
    };
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    instance.close();
  }

  @Benchmark
  public long analyzeSample() throws IOException {
    long checksum = 0;
    for (String text : texts) {
      try (TokenStream stream = instance.tokenStream("body", text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          checksum += term.length();
        }
        stream.end();
      }
    }
    return checksum;
  }
}
