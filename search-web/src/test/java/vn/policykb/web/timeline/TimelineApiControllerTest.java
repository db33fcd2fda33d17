package vn.policykb.web.timeline;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.policykb.search.QueryFilter;
import vn.policykb.search.Timeline;
import vn.policykb.search.TimelineCount;
import vn.policykb.search.TimelineInterval;
import vn.policykb.search.TimelinePoint;
import vn.policykb.search.TimelineResult;
import vn.policykb.search.TimelineSeries;

@WebMvcTest(TimelineApiController.class)
class TimelineApiControllerTest {

  static final TimelineResult RESULT = new TimelineResult("week", List.of(new TimelineSeries("đổi mới, sáng tạo", 3,
      List.of(new TimelinePoint("2025-W32", "2025-08-04", 1, 1, 2, 0.5),
          new TimelinePoint("2025-W33", "2025-08-11", 0, 0, 0, 0)),
      new TimelineCount(1, 0, 1))));

  @Autowired
  MockMvc mvc;

  @MockitoBean
  Timeline timeline;

  @Test
  void theQueriesIntervalAndFiltersReachTheTimeline() throws Exception {
    when(timeline.of(anyList(), anyList(), any(), anyBoolean())).thenReturn(RESULT);
    mvc.perform(get("/api/timeline").param("q", "đổi mới, sáng tạo", "").param("interval", "week")
            .param("lang", "vi").param("cross", "false"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.interval").value("week"))
        .andExpect(jsonPath("$.series[0].points[0].share").value(0.5))
        .andExpect(jsonPath("$.series[0].undated.total").value(1));
    verify(timeline).of(eq(List.of("đổi mới, sáng tạo", "")), eq(List.of(new QueryFilter.Lang("vi"))),
        eq(TimelineInterval.WEEK), eq(false));
  }

  @Test
  void csvHasARowPerQueryAndPeriodThenTheUndated() throws Exception {
    when(timeline.of(anyList(), anyList(), any(), anyBoolean())).thenReturn(RESULT);
    mvc.perform(get("/api/timeline").param("q", "x").param("format", "csv"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(content().string("query,period,from,vi,en,total,share\r\n"
            + "\"đổi mới, sáng tạo\",2025-W32,2025-08-04,1,1,2,0.5\r\n"
            + "\"đổi mới, sáng tạo\",2025-W33,2025-08-11,0,0,0,0.0\r\n"
            + "\"đổi mới, sáng tạo\",undated,,1,0,1,\r\n"));
  }

  @Test
  void anUnknownIntervalIsAProblemBeforeAnythingIsCounted() throws Exception {
    mvc.perform(get("/api/timeline").param("q", "x").param("interval", "fortnight"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.detail").value("interval must be day, week or month, was \"fortnight\""));
    verifyNoInteractions(timeline);
  }
}
