package vn.policykb.web.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.policykb.search.QueryFilter;
import vn.policykb.search.QuoteHit;
import vn.policykb.search.QuoteQuery;
import vn.policykb.search.QuoteResults;
import vn.policykb.search.QuoteSearcher;

@WebMvcTest({QuoteApiController.class, QuotePageController.class})
class QuoteApiControllerTest {

  static final QuoteHit HIT = new QuoteHit("We will act", "direct", new QuoteHit.Speaker("Tô Lâm", "to-lam"), "d1",
      "Tô Lâm in Seoul", "en", "2025-08-10", "VNA", null, 1, "Tô Lâm, quoted in “Tô Lâm in Seoul”, VNA, 10 August 2025");

  static final String SENTENCE = "Bộ trưởng Bộ Y tế Đào Hồng Lan cho biết: “Chúng tôi sẽ kiểm tra.”";
  static final QuoteHit WITH_ROLE = new QuoteHit("Chúng tôi sẽ kiểm tra.", "direct",
      new QuoteHit.Speaker("Đào Hồng Lan", null, "Bộ trưởng Bộ Y tế"), "d2", "Kiểm tra y tế", "vi", "2025-08-11", "VnExpress",
      null, 0, 142, 164, new QuoteHit.Sentence(SENTENCE, 100, 165), "Đào Hồng Lan, quoted in “Kiểm tra y tế”, VnExpress, 11 August 2025");

  @Autowired
  MockMvc mvc;

  @MockitoBean
  QuoteSearcher searcher;

  @Test
  void quotesComeWithSpeakerArticleAndCitation() throws Exception {
    when(searcher.search(any(QuoteQuery.class))).thenReturn(new QuoteResults(1, List.of(HIT)));
    mvc.perform(get("/api/quotes").param("speaker", "to lam"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.quotes[0].kind").value("direct"))
        .andExpect(jsonPath("$.quotes[0].speaker.personId").value("to-lam"))
        .andExpect(jsonPath("$.quotes[0].documentId").value("d1"))
        .andExpect(jsonPath("$.quotes[0].citation").value(HIT.citation()));
  }

  @Test
  void aQuoteComesWithTheSpeakersRoleApartItsKindAndItsSentence() throws Exception {
    when(searcher.search(any(QuoteQuery.class))).thenReturn(new QuoteResults(1, List.of(WITH_ROLE)));
    mvc.perform(get("/api/quotes").param("q", "kiem tra"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.quotes[0].speaker.name").value("Đào Hồng Lan"))
        .andExpect(jsonPath("$.quotes[0].speaker.role").value("Bộ trưởng Bộ Y tế"))
        .andExpect(jsonPath("$.quotes[0].kind").value("direct"))
        .andExpect(jsonPath("$.quotes[0].start").value(142))
        .andExpect(jsonPath("$.quotes[0].end").value(164))
        .andExpect(jsonPath("$.quotes[0].sentence.text").value(SENTENCE))
        .andExpect(jsonPath("$.quotes[0].sentence.start").value(100))
        .andExpect(jsonPath("$.quotes[0].sentence.end").value(165));
  }

  @Test
  void thePageShowsTheRoleAndTheSentenceAroundTheQuote() throws Exception {
    when(searcher.search(any(QuoteQuery.class))).thenReturn(new QuoteResults(1, List.of(WITH_ROLE)));
    mvc.perform(get("/quotes").param("q", "kiem tra"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("<span class=\"role\">Bộ trưởng Bộ Y tế</span>")))
        .andExpect(content().string(Matchers.containsString(
            "<span>Bộ trưởng Bộ Y tế Đào Hồng Lan cho biết: “</span><strong class=\"quoted\">Chúng tôi sẽ kiểm tra.</strong><span>”</span>")));
  }

  @Test
  void parametersReachTheSearch() throws Exception {
    when(searcher.search(any(QuoteQuery.class))).thenReturn(new QuoteResults(0, List.of()));
    mvc.perform(get("/api/quotes").param("q", "doi moi").param("speaker", "to lam").param("resolution", "57-NQ/TW")
        .param("lang", "vi").param("page", "2").param("size", "5")).andExpect(status().isOk());
    ArgumentCaptor<QuoteQuery> query = ArgumentCaptor.forClass(QuoteQuery.class);
    verify(searcher).search(query.capture());
    assertThat(query.getValue()).isEqualTo(new QuoteQuery("doi moi", "to lam",
        List.of(new QueryFilter.Resolution("57"), new QueryFilter.Lang("vi")), 2, 5));
  }

  @Test
  void aBadSizeIsA400SayingWhatToChange() throws Exception {
    mvc.perform(get("/api/quotes").param("size", "many"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("size must be a whole number, was \"many\""));
    verifyNoInteractions(searcher);
  }

  @Test
  void thePageOffersTheCitationToCopy() throws Exception {
    when(searcher.search(any(QuoteQuery.class))).thenReturn(new QuoteResults(1, List.of(HIT)));
    mvc.perform(get("/quotes").param("speaker", "to lam"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Copy citation")))
        .andExpect(content().string(Matchers.containsString("value=\"Tô Lâm, quoted in “Tô Lâm in Seoul”")));
  }
}
