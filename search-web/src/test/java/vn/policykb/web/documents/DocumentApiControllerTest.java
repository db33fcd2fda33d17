package vn.policykb.web.documents;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;
import vn.policykb.search.DocumentReader;
import vn.policykb.search.PersonRef;
import vn.policykb.search.StoredDocument;

@WebMvcTest({DocumentApiController.class, DocumentPageController.class})
class DocumentApiControllerTest {

  static final String BODY = "Tô Lâm spoke.\n\n\"We will act,\" he said.";
  static final StoredDocument DOC = new StoredDocument("d1", "Tô Lâm in Seoul", "en", "2025-08-10", "VNA",
      "https://example.org/a", null, "SEOUL", null, BODY, StoredDocument.paragraphs(BODY),
      List.of(new Quote("We will act", "Tô Lâm", "to-lam", QuoteKind.DIRECT, 16, 27, 1)),
      List.of(new PersonRef("to-lam", "Tô Lâm", true)), List.of("57"), List.of("1131/qd-ttg", "qd:1131"), List.of(),
      null, null);

  @Autowired
  MockMvc mvc;

  @MockitoBean
  DocumentReader reader;

  @Test
  void aDocumentIsServedWithParagraphsQuotesPeopleAndCitations() throws Exception {
    when(reader.document("d1")).thenReturn(Optional.of(DOC));
    mvc.perform(get("/api/documents/d1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paragraphs.length()").value(2))
        .andExpect(jsonPath("$.quotes[0].kind").value("direct"))
        .andExpect(jsonPath("$.quotes[0].personId").value("to-lam"))
        .andExpect(jsonPath("$.people[0].id").value("to-lam"))
        .andExpect(jsonPath("$.resolutions[0].symbol").value("57-NQ/TW"))
        .andExpect(jsonPath("$.citations").value(Matchers.contains("1131/QD-TTG")))
        .andExpect(jsonPath("$.alsoPublishedBy").isArray());
  }

  @Test
  void aDocumentCutAtTheSizeLimitSaysSo() throws Exception {
    StoredDocument cut = new StoredDocument(DOC.id(), DOC.title(), DOC.lang(), DOC.date(), DOC.source(), DOC.url(),
        DOC.author(), DOC.dateline(), DOC.summary(), DOC.body(), DOC.paragraphs(), DOC.quotes(), DOC.people(),
        DOC.resolutions(), DOC.citations(), DOC.alsoPublishedBy(), DOC.archived(), DOC.translation(), true);
    when(reader.document("d1")).thenReturn(Optional.of(cut));
    mvc.perform(get("/api/documents/d1")).andExpect(status().isOk()).andExpect(jsonPath("$.truncated").value(true));
    when(reader.document("d1")).thenReturn(Optional.of(DOC));
    mvc.perform(get("/api/documents/d1")).andExpect(status().isOk()).andExpect(jsonPath("$.truncated").value(false));
  }

  @Test
  void anUnknownIdIsA404ProblemDetail() throws Exception {
    when(reader.document("x")).thenReturn(Optional.empty());
    mvc.perform(get("/api/documents/x"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("no document has the id 'x'"));
  }

  @Test
  void thePageMarksTheQuoteInTheText() throws Exception {
    when(reader.document("d1")).thenReturn(Optional.of(DOC));
    mvc.perform(get("/documents/d1"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(">We will act</mark>")))
        .andExpect(content().string(Matchers.containsString("href=\"/people/to-lam\"")))
        .andExpect(content().string(Matchers.containsString("href=\"/resolutions/57\"")));
  }
}
