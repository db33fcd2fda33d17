package vn.policykb.web.resolutions;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
import vn.policykb.search.DocumentSummary;
import vn.policykb.search.QuoteQuery;
import vn.policykb.search.QuoteSearcher;

@WebMvcTest({ResolutionApiController.class, ResolutionPageController.class})
@Import({ResolutionProfiles.class, ResolutionApiControllerTest.Registry.class})
class ResolutionApiControllerTest {

  @TestConfiguration
  static class Registry {
    @Bean
    KnowledgeBase knowledgeBase() {
      return KnowledgeBase.loadBundled();
    }
  }

  static final Coverage COVERAGE = new Coverage(2, List.of(new Coverage.MonthCount("2025-07", 0, 1),
      new Coverage.MonthCount("2025-08", 1, 0)), 0,
      List.of(new DocumentSummary("d1", "Tô Lâm in Seoul", "en", "2025-08-10", "VNA", null)));

  @Autowired
  MockMvc mvc;

  @MockitoBean
  DocumentReader reader;

  @MockitoBean
  QuoteSearcher quotes;

  @BeforeEach
  void archive() throws Exception {
    when(reader.resolutionCoverage(any(), anyInt())).thenReturn(Coverage.NONE);
    when(reader.resolutionCoverage(eq("57"), anyInt())).thenReturn(COVERAGE);
    when(quotes.top(any(QuoteQuery.class), anyInt())).thenReturn(List.of());
  }

  @Test
  void theListHasTheFourResolutionsWithCounts() throws Exception {
    mvc.perform(get("/api/resolutions"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].shortNumber").value(Matchers.contains("57", "59", "66", "68")))
        .andExpect(jsonPath("$[0].documentCount").value(2));
  }

  @Test
  void aResolutionIsFoundByItsSymbolWithMarkedFactsAndCoverage() throws Exception {
    mvc.perform(get("/api/resolutions/57-NQ/TW"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.number").value("57-NQ/TW"))
        .andExpect(jsonPath("$.date.status").value("verified"))
        .andExpect(jsonPath("$.nameVi.status").value("unverified"))
        .andExpect(jsonPath("$.coverage.byMonth[1].vi").value(1))
        .andExpect(jsonPath("$.latestDocuments[0].id").value("d1"));
  }

  @Test
  void anUnknownNumberIsA404ProblemDetail() throws Exception {
    mvc.perform(get("/api/resolutions/12"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(Matchers.startsWith("no resolution '12'")));
  }

  @Test
  void thePageDrawsABarPerMonth() throws Exception {
    mvc.perform(get("/resolutions/57"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("<svg")))
        .andExpect(content().string(Matchers.containsString("data-month=\"2025-07\"")))
        .andExpect(content().string(Matchers.containsString("data-month=\"2025-08\"")));
  }
}
