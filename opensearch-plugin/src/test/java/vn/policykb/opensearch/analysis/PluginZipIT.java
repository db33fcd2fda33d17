package vn.policykb.opensearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The zip as bin/opensearch-plugin reads it: a descriptor and only the jars a cluster lacks. */
class PluginZipIT {

  private final Path zip = Path.of(System.getProperty("plugin.zip"));

  @Test
  void holdsThePluginTheAnalysisAndIcuAtTheTopLevelAndNothingOpenSearchProvides() throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      List<String> names = new ArrayList<>();
      file.stream().map(ZipEntry::getName).forEach(names::add);
      assertThat(names).allMatch(name -> !name.contains("/"), "every file at the top level");
      assertThat(names).anyMatch(name -> name.matches("opensearch-plugin-.*\\.jar"))
          .anyMatch(name -> name.matches("analysis-.*\\.jar"))
          .anyMatch(name -> name.matches("icu4j-.*\\.jar"))
          .contains("plugin-descriptor.properties")
          .hasSize(4)
          .noneMatch(name -> name.startsWith("lucene-") || name.startsWith("opensearch-3") || name.startsWith("log4j"));
    }
  }

  @Test
  void descriptorNamesTheClassTheOpenSearchReleaseAndTheJdk() throws IOException {
    Properties descriptor = new Properties();
    try (ZipFile file = new ZipFile(zip.toFile());
         InputStream in = file.getInputStream(file.getEntry("plugin-descriptor.properties"))) {
      descriptor.load(in);
    }
    assertThat(descriptor.getProperty("classname")).isEqualTo(PolicyKbAnalysisPlugin.class.getName());
    assertThat(descriptor.getProperty("name")).isEqualTo("policykb-analysis");
    assertThat(descriptor.getProperty("opensearch.version")).isEqualTo("3.8.0");
    assertThat(descriptor.getProperty("java.version")).isEqualTo("25");
    assertThat(descriptor.getProperty("version")).isNotBlank().doesNotContain("@");
    assertThat(descriptor.getProperty("description")).isNotBlank().doesNotContain("@");
  }

  @Test
  void theDescriptorsClassIsInThePluginJar() throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      ZipEntry jar = file.stream().filter(e -> e.getName().startsWith("opensearch-plugin-")).findFirst().orElseThrow();
      try (var in = new java.util.zip.ZipInputStream(file.getInputStream(jar))) {
        List<String> classes = new ArrayList<>();
        for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
          classes.add(entry.getName());
        }
        assertThat(classes).contains("vn/policykb/opensearch/analysis/PolicyKbAnalysisPlugin.class");
      }
    }
  }
}
