package vn.policykb.web.people;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.search.Coverage;
import vn.policykb.search.DocumentReader;
import vn.policykb.search.DocumentSearcher;
import vn.policykb.search.QuoteQuery;
import vn.policykb.search.QuoteResults;
import vn.policykb.search.QuoteSearcher;

@WebMvcTest({PersonApiController.class, PersonPageController.class})
@Import({PersonProfiles.class, PersonApiControllerTest.Registry.class})
class PersonApiControllerTest {

  @TestConfiguration
  static class Registry {
    @Bean
    KnowledgeBase knowledgeBase() {
      return KnowledgeBase.loadBundled();
    }
  }

  @Autowired
  MockMvc mvc;

  @MockitoBean
  DocumentReader reader;

  @MockitoBean
  QuoteSearcher quotes;

  @MockitoBean
  DocumentSearcher searcher;

  @BeforeEach
  void archive() throws Exception {
    when(reader.personCoverage(any(), anyInt())).thenReturn(
        new Coverage(1, List.of(new Coverage.MonthCount("2025-08", 0, 1)), 0, List.of()));
    when(reader.personName(any())).thenReturn(Optional.empty());
    when(reader.personName("name:le van a")).thenReturn(Optional.of("Lê Văn A"));
    when(quotes.search(any(QuoteQuery.class))).thenReturn(new QuoteResults(0, List.of()));
  }

  @Test
  void aRegistryPersonHasAliasesAndMarkedRoles() throws Exception {
    mvc.perform(get("/api/people/to-lam"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Tô Lâm"))
        .andExpect(jsonPath("$.registered").value(true))
        .andExpect(jsonPath("$.aliases.en").value(Matchers.hasItem("To Lam")))
        .andExpect(jsonPath("$.roles[0].evidence.status").value("verified"))
        .andExpect(jsonPath("$.documentCount").value(1));
  }

  @Test
  void aPersonOnlyNamedInTextsIsKnownByTheirName() throws Exception {
    mvc.perform(get("/api/people/le-van-a"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Lê Văn A"))
        .andExpect(jsonPath("$.registered").value(false));
  }

  @Test
  void anUnknownPersonIsA404() throws Exception {
    mvc.perform(get("/api/people/nobody"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404));
  }

  @Test
  void thePageShowsTheNameAndChart() throws Exception {
    mvc.perform(get("/people/to-lam"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("<h1>Tô Lâm</h1>")))
        .andExpect(content().string(Matchers.containsString("class=\"coverage\"")));
  }
}
