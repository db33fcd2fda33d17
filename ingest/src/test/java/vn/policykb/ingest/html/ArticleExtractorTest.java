package vn.policykb.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

  @Test
  void bodyKeepsTheArticleAndDropsNavigationSharingRelatedAndComments() {
    ExtractedArticle article = ArticleExtractor.extract(NewsPages.EXPRESS_STYLE);
    assertThat(article.articleFound()).isTrue();
    assertThat(article.body())
        .startsWith("Theo khảo sát của phóng viên, giá lúa tươi tại An Giang")
        .contains("Các doanh nghiệp xuất khẩu cũng đẩy mạnh thu mua")
        .endsWith("do ảnh hưởng của thời tiết cực đoan.")
        .doesNotContain("Trang chủ", "Chia sẻ", "Tin liên quan", "Nông dân miền Tây trúng mùa", "Mong giá lúa",
            "Giấy phép", "Kinh tế");
  }

  @Test
  void paragraphsAreSeparatedByABlankLine() {
    String body = ArticleExtractor.extract(NewsPages.PEOPLE_STYLE).body();
    assertThat(body.split("\n\n")).containsExactly(
        "Hội nghị tổng kết năm năm thực hiện chiến lược phát triển bền vững kinh tế biển đã diễn ra tại Hà Nội với sự tham dự của đại diện 28 tỉnh, thành phố ven biển.",
        "Các đại biểu thống nhất cần đẩy mạnh nuôi trồng thủy sản công nghệ cao, phát triển điện gió ngoài khơi và bảo vệ hệ sinh thái san hô, rừng ngập mặn.",
        "Ưu tiên hạ tầng cảng biển",
        "Bộ trưởng nhấn mạnh việc hoàn thiện hạ tầng cảng biển nước sâu và logistics là điều kiện then chốt để thu hút đầu tư vào các khu kinh tế ven biển trong giai đoạn tới.");
  }

  @Test
  void xemThemLinesAndRelatedBlocksAreCut() {
    assertThat(ArticleExtractor.extract(NewsPages.EXPRESS_STYLE).body())
        .doesNotContain("Xem thêm", "Giá gạo xuất khẩu cao nhất ba tháng");
    assertThat(ArticleExtractor.extract(NewsPages.YOUTH_STYLE).body())
        .doesNotContain("Đọc thêm", "Xe buýt điện chạy thử", "Tin cùng chuyên mục", "Cầu vượt nút giao")
        .endsWith("đã hết niên hạn sử dụng.");
    assertThat(ArticleExtractor.extract(NewsPages.PEOPLE_STYLE).body())
        .doesNotContain("Bài liên quan", "Quy hoạch không gian biển");
    assertThat(ArticleExtractor.extract(NewsPages.ENGLISH_STYLE).body())
        .doesNotContain("Read more", "Trade surplus hits record high", "See more", "Rice exports to Africa");
  }

  @Test
  void captionsAreKeptApartFromTheBody() {
    ExtractedArticle article = ArticleExtractor.extract(NewsPages.EXPRESS_STYLE);
    assertThat(article.captions()).containsExactly(
        "Cánh đồng lúa ở An Giang. Ảnh: Ngọc Tài", "Nông dân thu hoạch lúa tại Đồng Tháp sáng 9/8. Ảnh: Hoàng Nam");
    assertThat(article.body()).doesNotContain("Ảnh: Hoàng Nam", "Ngọc Tài");
  }

  @Test
  void bylinesAreKeptApartFromTheBody() {
    ExtractedArticle signedOff = ArticleExtractor.extract(NewsPages.EXPRESS_STYLE);
    assertThat(signedOff.author()).isEqualTo("Minh Anh");
    assertThat(signedOff.body()).doesNotContain("Minh Anh");

    ExtractedArticle english = ArticleExtractor.extract(NewsPages.ENGLISH_STYLE);
    assertThat(english.author()).isEqualTo("Minh Hà");
    assertThat(english.body()).doesNotContain("By Minh Hà").startsWith("HÀ NỘI — Việt Nam's export turnover");
  }

  @Test
  void readsTheShownVietnameseDateWithTimeAndOffset() {
    assertThat(ArticleExtractor.extract(NewsPages.EXPRESS_STYLE).published())
        .isEqualTo(new PublicationTime(LocalDate.of(2025, 8, 10), LocalTime.of(14, 30), ZoneOffset.ofHours(7)));
  }

  @Test
  void readsTheDateInWords() {
    assertThat(ArticleExtractor.extract(NewsPages.PEOPLE_STYLE).published())
        .isEqualTo(PublicationTime.of(LocalDate.of(2024, 12, 22)));
  }

  @Test
  void readsTheEnglishDate() {
    assertThat(ArticleExtractor.extract(NewsPages.ENGLISH_STYLE).published())
        .isEqualTo(new PublicationTime(LocalDate.of(2025, 8, 10), LocalTime.of(9, 15), null));
  }

  @Test
  void prefersTheDateDeclaredInJsonLdOrMetaTags() {
    ExtractedArticle youth = ArticleExtractor.extract(NewsPages.YOUTH_STYLE);
    assertThat(youth.published().toString()).isEqualTo("2024-12-22T08:05+07:00");
    ExtractedArticle government = ArticleExtractor.extract(NewsPages.GOVERNMENT_STYLE);
    assertThat(government.published().toString()).isEqualTo("2025-08-10T09:15+07:00");
  }

  @Test
  void readsTimeElementsAndNumericDatesWhenNothingIsDeclared() {
    String html = """
        <html><body><article>
          <h1>Khai mạc hội chợ nông sản</h1>
          <time datetime="2025-08-10T09:15:00+07:00">10/08/2025 09:15</time>
          <p>Hội chợ nông sản lớn nhất năm khai mạc sáng nay với hơn 500 gian hàng của các tỉnh, thành phố trên cả nước tham gia.</p>
          <p>Ban tổ chức dự kiến đón khoảng 100 nghìn lượt khách trong năm ngày diễn ra hội chợ tại Trung tâm Triển lãm.</p>
        </article></body></html>
        """;
    assertThat(ArticleExtractor.extract(html).published().toString()).isEqualTo("2025-08-10T09:15+07:00");
    String shownOnly = html.replace(" datetime=\"2025-08-10T09:15:00+07:00\"", "").replace("<time>", "<div class=\"date\">")
        .replace("</time>", "</div>");
    assertThat(ArticleExtractor.extract(shownOnly).published())
        .isEqualTo(new PublicationTime(LocalDate.of(2025, 8, 10), LocalTime.of(9, 15), null));
  }

  @Test
  void jsonLdGivesHeadlineAuthorAndPublisher() {
    ExtractedArticle article = ArticleExtractor.extract(NewsPages.YOUTH_STYLE);
    assertThat(article.title()).isEqualTo("Hà Nội mở thêm 12 tuyến buýt điện");
    assertThat(article.author()).isEqualTo("Lê Thu");
    assertThat(article.siteName()).isEqualTo("Báo Thanh Niên Mới");
    // articleBody is a hint only: the page's own text is longer than the JSON-LD excerpt
    assertThat(article.body()).contains("Sở Xây dựng Hà Nội cho biết", "30 trạm sạc");
  }

  @Test
  void readsCanonicalUrlSiteNameTitleAndDescription() {
    ExtractedArticle article = ArticleExtractor.extract(NewsPages.EXPRESS_STYLE, "https://tinnhanh.example.vn/x?utm=1");
    assertThat(article.canonicalUrl()).isEqualTo("https://tinnhanh.example.vn/kinh-te/gia-lua-tang-manh-sau-mua-lu-4812345.html");
    assertThat(article.siteName()).isEqualTo("Báo Tin Nhanh");
    assertThat(article.title()).isEqualTo("Giá lúa tăng mạnh sau mưa lũ");
    assertThat(article.description()).startsWith("Giá lúa tại nhiều tỉnh miền Tây tăng");

    ExtractedArticle english = ArticleExtractor.extract(NewsPages.ENGLISH_STYLE, "https://vndaily.example.com/economy/exports.html");
    assertThat(english.title()).isEqualTo("Vietnam's exports rise 15 per cent in seven months");
    assertThat(english.canonicalUrl()).isEqualTo("https://vndaily.example.com/economy/exports.html");
    ExtractedArticle government = ArticleExtractor.extract(NewsPages.GOVERNMENT_STYLE);
    assertThat(government.canonicalUrl()).isEqualTo("https://chinhphu.example.vn/lich-nghi-tet-102250810.htm");
    // no summary declared: the lead shown above the text
    assertThat(government.description()).startsWith("Cán bộ, công chức, viên chức được nghỉ Tết Nguyên đán chín ngày");
  }

  @Test
  void tellsTheLanguage() {
    assertThat(ArticleExtractor.extract(NewsPages.EXPRESS_STYLE).lang()).isEqualTo("vi");
    assertThat(ArticleExtractor.extract(NewsPages.PEOPLE_STYLE).lang()).isEqualTo("vi");
    assertThat(ArticleExtractor.extract(NewsPages.ENGLISH_STYLE).lang()).isEqualTo("en");
  }

  @Test
  void keepsDataTablesAndDropsConsentBanners() {
    String body = ArticleExtractor.extract(NewsPages.GOVERNMENT_STYLE).body();
    assertThat(body).contains("26/01 - 31/01 Nghỉ Tết").endsWith("trong thời gian nghỉ Tết.")
        .doesNotContain("cookie");
  }

  @Test
  void aListingPageYieldsNoArticle() {
    ExtractedArticle listing = ArticleExtractor.extract(NewsPages.LISTING);
    assertThat(listing.articleFound()).isFalse();
    assertThat(listing.body()).isEmpty();
  }

  @Test
  void aPageWithoutTextYieldsNoArticle() {
    ExtractedArticle empty = ArticleExtractor.extract("<html><head><title>404</title></head><body><nav><a href=/>Home</a></nav></body></html>");
    assertThat(empty.articleFound()).isFalse();
    assertThat(empty.body()).isEmpty();
    assertThat(empty.captions()).isEmpty();
  }

  @Test
  void textIsNfc() {
    // "Việt" typed with combining marks
    String decomposed = "Vie\u0323\u0302t Nam";
    String html = "<html><body><article><p>" + decomposed + " công bố số liệu tăng trưởng kinh tế quý ba cao hơn dự báo của các tổ chức quốc tế.</p>"
        + "<p>Tổng cục Thống kê cho biết công nghiệp chế biến chế tạo là động lực chính của tăng trưởng trong quý này.</p></article></body></html>";
    assertThat(ArticleExtractor.extract(html).body()).startsWith("Việt Nam công bố");
  }

  @Test
  void textSetOffByBlankLinesOfBreaksBecomesParagraphs() {
    String html = "<html><body><div class=\"content\">"
        + "Bão số 3 đổ bộ vào các tỉnh ven biển Bắc Bộ chiều nay, gây mưa lớn trên diện rộng và gió giật mạnh.<br><br>"
        + "Ban Chỉ đạo phòng chống thiên tai yêu cầu các địa phương sơ tán người dân khỏi vùng nguy hiểm<br>trước 17 giờ."
        + "</div></body></html>";
    assertThat(ArticleExtractor.extract(html).body()).isEqualTo(
        "Bão số 3 đổ bộ vào các tỉnh ven biển Bắc Bộ chiều nay, gây mưa lớn trên diện rộng và gió giật mạnh.\n\n"
            + "Ban Chỉ đạo phòng chống thiên tai yêu cầu các địa phương sơ tán người dân khỏi vùng nguy hiểm\ntrước 17 giờ.");
  }

  @Test
  void numberedItemsOfAnArticleAreNotTakenForTeasers() {
    StringBuilder html = new StringBuilder("<html><body><article><h1>Năm điểm đến mùa thu</h1>"
        + "<p>Mùa thu là thời điểm đẹp nhất để khám phá miền Bắc với tiết trời mát mẻ và những cánh đồng lúa chín vàng.</p>");
    String[] places = {"Hà Giang", "Mù Cang Chải", "Sa Pa", "Mộc Châu"};
    for (int i = 0; i < places.length; i++) {
      html.append("<div class=\"item\"><h2>").append(i + 1).append(". ").append(places[i]).append("</h2><img src=\"/")
          .append(i).append(".jpg\"><p>Du khách đến ").append(places[i])
          .append(" vào tháng chín có thể ngắm ruộng bậc thang, thưởng thức đặc sản và <a href=\"/dat-phong\">đặt phòng</a> homestay giá rẻ.</p></div>");
    }
    html.append("</article></body></html>");
    ExtractedArticle article = ArticleExtractor.extract(html.toString());
    assertThat(article.articleFound()).isTrue();
    assertThat(article.body()).contains("1. Hà Giang", "Du khách đến Mù Cang Chải", "4. Mộc Châu", "Du khách đến Mộc Châu");
  }
}
