package vn.policykb.web.search;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.policykb.search.DecodedQuery;
import vn.policykb.search.DocumentSearcher;
import vn.policykb.search.Facets;
import vn.policykb.search.Publication;
import vn.policykb.search.SearchHit;
import vn.policykb.search.SearchRequest;
import vn.policykb.search.SearchResults;
import vn.policykb.search.Suggester;

@WebMvcTest(SearchPageController.class)
class SearchPageControllerTest {

  @Autowired
  MockMvc mvc;

  @MockitoBean
  DocumentSearcher searcher;

  @MockitoBean
  Suggester suggester;

  @Test
  void aResultWithCopiesSaysWhoElsePublishedIt() throws Exception {
    when(searcher.search(any(SearchRequest.class))).thenReturn(new SearchResults(2, List.of(
        new SearchHit("abc", "Tô Lâm in Seoul", "en", "2025-08-10", "VNS", "https://vietnamnews.vn/a", "said", 2.5f,
            List.of(new Publication("def", "Thanh Niên", "https://thanhnien.vn/b", "Tô Lâm meets experts"),
                new Publication("ghi", null, null, "Tô Lâm in Seoul <copy>"))),
        new SearchHit("xyz", "Another story", "en", null, null, null, "", 1f, List.of()))));

    mvc.perform(get("/").param("q", "to lam"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Also published by:")))
        .andExpect(content().string(Matchers.containsString(
            "<a href=\"https://thanhnien.vn/b\" title=\"Tô Lâm meets experts\">Thanh Niên</a>")))
        // a copy without an address is named by its title, escaped
        .andExpect(content().string(Matchers.containsString(">Tô Lâm in Seoul &lt;copy&gt;</span>")))
        // once: the result without copies has no such line
        .andExpect(content().string(Matchers.matchesPattern("(?s)^(?:(?!Also published by).)*Also published by(?:(?!Also published by).)*$")));
  }

  @Test
  void aSuggestionLinksToTheSameSearchWithTheSuggestedQuery() throws Exception {
    when(searcher.search(any(SearchRequest.class))).thenReturn(new SearchResults(1, List.of(
        new SearchHit("abc", "Tô Lâm in Seoul", "en", "2025-08-10", "VNS", null, "said", 2.5f, List.of()))));
    when(suggester.didYouMean("to lam")).thenReturn("Tô Lâm");

    mvc.perform(get("/").param("q", "to lam").param("source", "VNS").param("sort", "newest").param("ui", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Did you mean:")))
        .andExpect(content().string(Matchers.containsString(
            "<a href=\"?q=T%C3%B4+L%C3%A2m&amp;source=VNS&amp;sort=newest\">Tô Lâm</a>?")));
  }

  @Test
  void noSuggestionNoLine() throws Exception {
    when(searcher.search(any(SearchRequest.class))).thenReturn(new SearchResults(0, List.of()));

    mvc.perform(get("/").param("q", "Tô Lâm").param("ui", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("Did you mean"))))
        .andExpect(content().string(Matchers.containsString("No document matches this query.")));
  }

  @Test
  void aQueryReadAsTelexShowsTheDecodedQueryAndLinksToTheSearchAsTyped() throws Exception {
    when(searcher.search(any(SearchRequest.class))).thenReturn(new SearchResults(1, List.of(
        new SearchHit("nq57", "Nghị quyết 57", "vi", "2025-01-10", "VNA", null, "", 2.5f, List.of())),
        false, Facets.NONE, false, false, new DecodedQuery("nghị quyết 57", "nghij quyeets 57")));

    mvc.perform(get("/").param("q", "nghij quyeets 57").param("source", "VNA").param("ui", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Showing results for")))
        .andExpect(content().string(Matchers.containsString(
            "<a href=\"?q=ngh%E1%BB%8B+quy%E1%BA%BFt+57&amp;source=VNA\">nghị quyết 57</a>")))
        .andExpect(content().string(Matchers.containsString("search instead for")))
        .andExpect(content().string(Matchers.containsString(
            "<a href=\"?q=nghij+quyeets+57&amp;source=VNA&amp;telex=false\">nghij quyeets 57</a>")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Did you mean"))));
  }
}
