package vn.policykb.web.search;

import static org.mockito.ArgumentMatchers.any;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.policykb.opensearch.OpenSearchException;
import vn.policykb.search.DecodedQuery;
import vn.policykb.search.DocumentSearcher;
import vn.policykb.search.Facets;
import vn.policykb.search.Publication;
import vn.policykb.search.QueryFilter;
import vn.policykb.search.SearchOrder;
import vn.policykb.search.SearchHit;
import vn.policykb.search.SearchRequest;
import vn.policykb.search.SearchResults;

@WebMvcTest(SearchApiController.class)
class SearchApiControllerTest {

  @Autowired
  MockMvc mvc;

  @MockitoBean
  DocumentSearcher searcher;

  @Test
  void answersWithTotalAndHits() throws Exception {
    when(searcher.search(any(SearchRequest.class))).thenReturn(new SearchResults(1, List.of(
        new SearchHit("abc", "Tô Lâm in Seoul", "en", "2025-08-10", "VNS", null, "<mark>Tô Lâm</mark> said", 2.5f,
            List.of()))));

    mvc.perform(get("/api/search").param("q", "to lam"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.hits[0].id").value("abc"))
        .andExpect(jsonPath("$.hits[0].title").value("Tô Lâm in Seoul"))
        .andExpect(jsonPath("$.hits[0].lang").value("en"))
        .andExpect(jsonPath("$.hits[0].date").value("2025-08-10"))
        .andExpect(jsonPath("$.hits[0].source").value("VNS"))
        .andExpect(jsonPath("$.hits[0].snippet").value("<mark>Tô Lâm</mark> said"))
        .andExpect(jsonPath("$.hits[0].score").value(2.5));
  }

  @Test
  void aSearchClusterThatDoesNotAnswerIsA503ProblemNotA500() throws Exception {
    when(searcher.search(any(SearchRequest.class))).thenThrow(new OpenSearchException(
        "POST /policykb/_search: no answer from http://127.0.0.1:9200", new java.net.ConnectException("Connection refused")));

    mvc.perform(get("/api/search").param("q", "to lam"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Search backend unavailable"))
        .andExpect(jsonPath("$.detail").value("the search cluster is not answering; try again in a moment"));
  }

  @Test
  void aRequestTheSearchClusterRefusesIsA502Problem() throws Exception {
    when(searcher.search(any(SearchRequest.class))).thenThrow(
        new OpenSearchException("POST /policykb/_search: 400 parsing_exception", 400));

    mvc.perform(get("/api/search").param("q", "to lam"))
        .andExpect(status().isBadGateway())
        .andExpect(jsonPath("$.title").value("Search backend error"));
  }

  @Test
  void hitsListTheOtherPublicationsOfTheirArticle() throws Exception {
    when(searcher.search(any(SearchRequest.class))).thenReturn(new SearchResults(2, List.of(
        new SearchHit("abc", "Tô Lâm in Seoul", "en", "2025-08-10", "VNS", "https://vietnamnews.vn/a", "said", 2.5f,
            List.of(new Publication("def", "Thanh Niên", "https://thanhnien.vn/b", "Tô Lâm meets experts in Seoul"),
                new Publication("ghi", null, null, "Tô Lâm in Seoul"))),
        new SearchHit("xyz", "Another story", "en", null, null, null, "", 1f, List.of()))));

    mvc.perform(get("/api/search").param("q", "to lam"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hits[0].alsoPublishedBy.length()").value(2))
        .andExpect(jsonPath("$.hits[0].alsoPublishedBy[0].id").value("def"))
        .andExpect(jsonPath("$.hits[0].alsoPublishedBy[0].source").value("Thanh Niên"))
        .andExpect(jsonPath("$.hits[0].alsoPublishedBy[0].url").value("https://thanhnien.vn/b"))
        .andExpect(jsonPath("$.hits[0].alsoPublishedBy[0].title").value("Tô Lâm meets experts in Seoul"))
        .andExpect(jsonPath("$.hits[0].alsoPublishedBy[1].id").value("ghi"))
        .andExpect(jsonPath("$.hits[1].alsoPublishedBy").isArray())
        .andExpect(jsonPath("$.hits[1].alsoPublishedBy").isEmpty());
  }

  @Test
  void aPageThatIsNotANumberIsABadRequestWithAMessage() throws Exception {
    mvc.perform(get("/api/search").param("q", "x").param("page", "two"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("page must be a whole number, was \"two\""));
    verifyNoInteractions(searcher);
  }

  @Test
  void sizeAndDepthLimitsAreBadRequests() throws Exception {
    mvc.perform(get("/api/search").param("size", "101"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail").value("size must be between 1 and 100, was 101"));
    mvc.perform(get("/api/search").param("page", "5000").param("size", "100"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("page × size must not exceed 10000 (page 5000, size 100)"));
    mvc.perform(get("/api/search").param("page", "0"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void anIndexFailureIsA500WithoutStackTrace() throws Exception {
    when(searcher.search(any(SearchRequest.class))).thenThrow(new java.io.IOException("disk gone"));
    mvc.perform(get("/api/search").param("q", "x"))
        .andExpect(status().isInternalServerError())
        .andExpect(jsonPath("$.detail").value("the server could not answer this request; the error is logged"))
        .andExpect(jsonPath("$.trace").doesNotExist());
  }

  @Test
  void filtersAndOrderGivenAsParametersReachTheSearch() throws Exception {
    when(searcher.search(any(SearchRequest.class))).thenReturn(new SearchResults(0, List.of()));

    mvc.perform(get("/api/search").param("q", "kinh tế").param("lang", "vi").param("resolution", "68-NQ/TW")
            .param("source", "VNA").param("from", "2025-05").param("to", "2025-06-30").param("sort", "newest"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.facets.lang").isArray());

    ArgumentCaptor<SearchRequest> request = ArgumentCaptor.forClass(SearchRequest.class);
    verify(searcher).search(request.capture());
    assertThat(request.getValue().filters()).containsExactly(
        new QueryFilter.Lang("vi"), new QueryFilter.Resolution("68"), new QueryFilter.Source("VNA"),
        new QueryFilter.DateRange(LocalDate.of(2025, 5, 1), null), new QueryFilter.DateRange(null, LocalDate.of(2025, 6, 30)));
    assertThat(request.getValue().order()).isEqualTo(SearchOrder.NEWEST);
  }

  @Test
  void aFilterThatDoesNotParseIsA400SayingWhatItTakes() throws Exception {
    mvc.perform(get("/api/search").param("q", "x").param("lang", "fr"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("lang must be vi or en, was \"fr\""));
    mvc.perform(get("/api/search").param("q", "x").param("sort", "oldest"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("sort must be relevance or newest, was \"oldest\""));
    verifyNoInteractions(searcher);
  }

  @Test
  void aQueryReadAsTelexCarriesTheDecodedAndTheTypedQuery() throws Exception {
    when(searcher.search(any(SearchRequest.class))).thenReturn(new SearchResults(1, List.of(
        new SearchHit("nq57", "Nghị quyết 57", "vi", "2025-01-10", "VNA", null, "", 2.5f, List.of())),
        false, Facets.NONE, false, false, new DecodedQuery("nghị quyết 57", "nghij quyeets 57")));

    mvc.perform(get("/api/search").param("q", "nghij quyeets 57"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decoded.query").value("nghị quyết 57"))
        .andExpect(jsonPath("$.decoded.typed").value("nghij quyeets 57"));
    ArgumentCaptor<SearchRequest> request = ArgumentCaptor.forClass(SearchRequest.class);
    verify(searcher).search(request.capture());
    assertThat(request.getValue().readTelex()).isTrue();
  }

  @Test
  void telexFalseSearchesAsTyped() throws Exception {
    when(searcher.search(any(SearchRequest.class))).thenReturn(new SearchResults(0, List.of()));

    mvc.perform(get("/api/search").param("q", "nghij quyeets 57").param("telex", "false"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decoded").doesNotExist());
    ArgumentCaptor<SearchRequest> request = ArgumentCaptor.forClass(SearchRequest.class);
    verify(searcher).search(request.capture());
    assertThat(request.getValue().readTelex()).isFalse();
    mvc.perform(get("/api/search").param("q", "x").param("telex", "maybe")).andExpect(status().isBadRequest());
  }
}
