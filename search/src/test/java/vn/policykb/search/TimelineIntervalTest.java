package vn.policykb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineIntervalTest {

  private static long day(String date) {
    return LocalDate.parse(date).toEpochDay();
  }

  @Test
  void periodsAreConsecutiveNumbersWithTheirLabels() {
    TimelineInterval month = TimelineInterval.MONTH;
    assertThat(month.period(day("2025-01-01")) - month.period(day("2024-12-31"))).isEqualTo(1);
    assertThat(month.label(month.period(day("2025-08-14")))).isEqualTo("2025-08");
    assertThat(month.start(month.period(day("2025-08-14")))).isEqualTo(LocalDate.parse("2025-08-01"));

    TimelineInterval week = TimelineInterval.WEEK;
    // a week runs Monday to Sunday, and is named by its ISO year and number
    assertThat(week.period(day("2025-08-11"))).isEqualTo(week.period(day("2025-08-17")));
    assertThat(week.period(day("2025-08-18"))).isEqualTo(week.period(day("2025-08-17")) + 1);
    assertThat(week.label(week.period(day("2025-08-14")))).isEqualTo("2025-W33");
    assertThat(week.label(week.period(day("2026-01-01")))).isEqualTo("2026-W01");
    assertThat(week.label(week.period(day("2021-01-03")))).isEqualTo("2020-W53");
    assertThat(week.start(week.period(day("1969-12-31")))).isEqualTo(LocalDate.parse("1969-12-29"));

    assertThat(TimelineInterval.DAY.label(day("2025-08-14"))).isEqualTo("2025-08-14");
  }

  @Test
  void anIntervalIsDayWeekOrMonth() {
    assertThat(TimelineInterval.parse(null)).isEqualTo(TimelineInterval.MONTH);
    assertThat(TimelineInterval.parse(" Week ")).isEqualTo(TimelineInterval.WEEK);
    assertThatThrownBy(() -> TimelineInterval.parse("year")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interval must be day, week or month, was \"year\"");
  }

  @Test
  void theJlhScoreFavoursWhatTheSampleHasMoreOften() {
    assertThat(SignificanceScore.jlh(5, 10, 5, 1000)).isGreaterThan(SignificanceScore.jlh(5, 10, 100, 1000));
    assertThat(SignificanceScore.jlh(1, 10, 100, 1000)).isZero();
    assertThat(SignificanceScore.jlh(0, 10, 0, 1000)).isZero();
  }
}
