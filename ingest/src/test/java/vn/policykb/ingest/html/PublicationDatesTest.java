package vn.policykb.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

  private static PublicationTime shown(String text) {
    return PublicationDates.findVisible(text, true).orElseThrow();
  }

  @Test
  void readsTheVietnameseWeekdayDateTimeAndOffset() {
    PublicationTime time = shown("Thứ Hai, 10/8/2025, 14:30 (GMT+7)");
    assertThat(time).isEqualTo(new PublicationTime(LocalDate.of(2025, 8, 10), LocalTime.of(14, 30), ZoneOffset.ofHours(7)));
    assertThat(time.toString()).isEqualTo("2025-08-10T14:30+07:00");
  }

  @Test
  void readsTheVietnameseDateInWords() {
    assertThat(shown("Hà Nội, ngày 22 tháng 12 năm 2024")).isEqualTo(PublicationTime.of(LocalDate.of(2024, 12, 22)));
  }

  @Test
  void readsTheEnglishMonthName() {
    assertThat(shown("Published August 10, 2025")).isEqualTo(PublicationTime.of(LocalDate.of(2025, 8, 10)));
    assertThat(shown("Aug. 10, 2025 at 2:30 p.m."))
        .isEqualTo(new PublicationTime(LocalDate.of(2025, 8, 10), LocalTime.of(14, 30), null));
    assertThat(shown("10 August 2025")).isEqualTo(PublicationTime.of(LocalDate.of(2025, 8, 10)));
  }

  @Test
  void readsNumericDatesDayFirst() {
    assertThat(shown("10/08/2025 09:15"))
        .isEqualTo(new PublicationTime(LocalDate.of(2025, 8, 10), LocalTime.of(9, 15), null));
    assertThat(shown("Cập nhật: 09:15 | 10/08/2025"))
        .isEqualTo(new PublicationTime(LocalDate.of(2025, 8, 10), LocalTime.of(9, 15), null));
  }

  @Test
  void readsNumericDatesMonthFirstOnlyWhenToldOrForced() {
    assertThat(PublicationDates.findVisible("08/10/2025", false).orElseThrow().date()).isEqualTo(LocalDate.of(2025, 8, 10));
    // 18 cannot be a month
    assertThat(shown("11/18/2019").date()).isEqualTo(LocalDate.of(2019, 11, 18));
  }

  @Test
  void readsMachineForms() {
    assertThat(PublicationDates.parseMachine("2025-08-10T14:30:00+07:00").orElseThrow().toString())
        .isEqualTo("2025-08-10T14:30+07:00");
    assertThat(PublicationDates.parseMachine("2025-08-10T07:30:00.000Z").orElseThrow().toOffsetDateTime().orElseThrow())
        .isEqualTo("2025-08-10T07:30Z");
    assertThat(PublicationDates.parseMachine("2025-08-10").orElseThrow()).isEqualTo(PublicationTime.of(LocalDate.of(2025, 8, 10)));
  }

  @Test
  void findsNothingWhereThereIsNoDate() {
    assertThat(PublicationDates.findVisible("Chia sẻ bài viết", true)).isEmpty();
    assertThat(PublicationDates.parseMachine("")).isEmpty();
  }
}
