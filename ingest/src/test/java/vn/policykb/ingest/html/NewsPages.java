package vn.policykb.ingest.html;

/**
 * Small made-up pages in the layouts of Vietnamese and English news sites: the markup patterns
 * are typical of such sites, the text is invented.
 */
public final class NewsPages {

  private NewsPages() {}

  /** Lead in its own paragraph, numeric date with weekday and offset, bold sign-off, related box. */
  public static final String EXPRESS_STYLE = """
      <!DOCTYPE html>
      <html lang="vi">
      <head>
        <meta charset="utf-8">
        <title>Giá lúa tăng mạnh sau mưa lũ - Báo Tin Nhanh</title>
        <meta property="og:site_name" content="Báo Tin Nhanh">
        <meta property="og:title" content="Giá lúa tăng mạnh sau mưa lũ">
        <meta name="description" content="Giá lúa tại nhiều tỉnh miền Tây tăng 300-500 đồng mỗi kg trong tuần qua.">
        <link rel="canonical" href="https://tinnhanh.example.vn/kinh-te/gia-lua-tang-manh-sau-mua-lu-4812345.html">
      </head>
      <body>
        <header class="header"><nav class="main-nav"><ul>
          <li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
          <li><a href="/kinh-te">Kinh tế</a></li><li><a href="/the-gioi">Thế giới</a></li>
          <li><a href="/giai-tri">Giải trí</a></li><li><a href="/the-thao">Thể thao</a></li>
        </ul></nav></header>
        <section class="page-detail">
          <div class="sidebar-1">
            <ul class="breadcrumb"><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/kinh-te/nong-nghiep">Nông nghiệp</a></li></ul>
            <span class="date">Chủ nhật, 10/8/2025, 14:30 (GMT+7)</span>
            <h1 class="title-detail">Giá lúa tăng mạnh sau mưa lũ</h1>
            <p class="description">Giá lúa tại nhiều tỉnh miền Tây tăng 300-500 đồng mỗi kg trong tuần qua, khi nguồn cung giảm sau đợt mưa lũ kéo dài.</p>
            <figure class="lead-image"><img src="/img/dong.jpg" alt=""><figcaption>Cánh đồng lúa ở An Giang. Ảnh: Ngọc Tài</figcaption></figure>
            <article class="fck_detail">
              <p class="Normal">Theo khảo sát của phóng viên, giá lúa tươi tại An Giang, Đồng Tháp và Cần Thơ hiện dao động từ 7.800 đến 8.300 đồng mỗi kg, cao hơn tuần trước khoảng 400 đồng.</p>
              <p class="Normal">Ông Nguyễn Văn Tư, thương lái ở huyện Châu Thành, cho biết nhiều cánh đồng bị ngập nên nông dân thu hoạch chậm, lượng lúa về kho giảm gần một nửa so với cùng kỳ năm trước.</p>
              <figure class="tplCaption">
                <img src="/img/lua.jpg" alt="">
                <figcaption><p class="Image">Nông dân thu hoạch lúa tại Đồng Tháp sáng 9/8. Ảnh: Hoàng Nam</p></figcaption>
              </figure>
              <p class="Normal">Các doanh nghiệp xuất khẩu cũng đẩy mạnh thu mua để kịp giao các hợp đồng đã ký với đối tác Philippines và Indonesia trong quý ba.</p>
              <p class="Normal">Xem thêm: <a href="/gia-gao-xuat-khau-4811111.html">Giá gạo xuất khẩu cao nhất ba tháng</a></p>
              <p class="Normal">Theo Bộ Nông nghiệp và Môi trường, sản lượng lúa hè thu năm nay ước đạt hơn 11 triệu tấn, giảm nhẹ so với kế hoạch do ảnh hưởng của thời tiết cực đoan.</p>
              <p class="Normal" style="text-align:right;"><strong>Minh Anh</strong></p>
            </article>
            <div class="social-share">
              <a href="https://facebook.com/share">Chia sẻ Facebook</a> <a href="https://twitter.com/share">Twitter</a>
            </div>
            <div class="box-tinlienquan">
              <h3>Tin liên quan</h3>
              <ul>
                <li><a href="/a.html">Nông dân miền Tây trúng mùa lúa đông xuân</a></li>
                <li><a href="/b.html">Xuất khẩu gạo bảy tháng đạt 5 triệu tấn</a></li>
                <li><a href="/c.html">Giá phân bón tăng, người trồng lúa lo lắng</a></li>
              </ul>
            </div>
            <div class="box-comment" id="box_comment">
              <h3>Ý kiến bạn đọc</h3>
              <div class="comment-item"><p>Mong giá lúa giữ được lâu để bà con có lãi, năm nào mưa lũ cũng khổ người nông dân mà thương lái thì ép giá.</p></div>
            </div>
          </div>
        </section>
        <footer class="footer"><p>Báo Tin Nhanh. Giấy phép số 123/GP-BTTTT. Địa chỉ: Hà Nội.</p></footer>
      </body>
      </html>
      """;

  /** JSON-LD article, lead and body in marked-up containers, a related box inside the body, a card grid below. */
  public static final String YOUTH_STYLE = """
      <html lang="vi">
      <head>
        <title>Hà Nội mở thêm 12 tuyến buýt điện</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Báo Thanh Niên Mới", "url": "https://thanhnienmoi.example.vn"},
          {"@type": "NewsArticle", "headline": "Hà Nội mở thêm 12 tuyến buýt điện",
           "datePublished": "2024-12-22T08:05:00+07:00", "author": [{"@type": "Person", "name": "Lê Thu"}],
           "publisher": {"@type": "Organization", "name": "Báo Thanh Niên Mới"},
           "articleBody": "Từ đầu năm sau, Hà Nội sẽ đưa vào khai thác 12 tuyến buýt điện mới."}
        ]}
        </script>
      </head>
      <body>
        <div class="menu-wrapper"><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a> <a href="/giao-thong">Giao thông</a></div>
        <div class="detail-container">
          <h1 class="detail-title">Hà Nội mở thêm 12 tuyến buýt điện</h1>
          <div class="author-info"><a rel="author" href="/tac-gia/le-thu">Lê Thu</a></div>
          <div class="detail-time">22/12/2024 08:05 GMT+7</div>
          <h2 class="detail-sapo">Từ đầu năm sau, Hà Nội sẽ đưa vào khai thác 12 tuyến buýt điện mới, nâng tổng số tuyến buýt dùng năng lượng sạch lên 40.</h2>
          <div class="detail-content" itemprop="articleBody">
            <p>Sở Xây dựng Hà Nội cho biết các tuyến mới nối trung tâm thành phố với các khu đô thị ở phía tây và phía nam, nơi mật độ dân cư tăng nhanh trong những năm gần đây.</p>
            <p>Mỗi tuyến dự kiến có thời gian chờ xe từ 10 đến 15 phút vào giờ cao điểm. Giá vé giữ nguyên như các tuyến buýt hiện hành để khuyến khích người dân chuyển sang phương tiện công cộng.</p>
            <div class="VCSortableInPreviewMode" type="RelatedNewsBox">
              <p class="title">Đọc thêm</p>
              <ul><li><a href="/x.html">Xe buýt điện chạy thử trên phố cổ</a></li><li><a href="/y.html">Hà Nội đặt mục tiêu 100% xe buýt sạch vào năm 2035</a></li></ul>
            </div>
            <p>Theo kế hoạch, thành phố sẽ xây thêm 30 trạm sạc tại các điểm đầu cuối, đồng thời thay thế dần các xe buýt chạy dầu đã hết niên hạn sử dụng.</p>
          </div>
        </div>
        <div class="box-category">
          <h2>Tin cùng chuyên mục</h2>
          <div class="box-category-item"><a href="/1.html"><img src="/1.jpg"></a><h3><a href="/1.html">Cầu vượt nút giao phía nam thông xe</a></h3><p>Công trình giúp giảm ùn tắc cho cửa ngõ phía nam thủ đô vào giờ cao điểm sáng và chiều.</p></div>
          <div class="box-category-item"><a href="/2.html"><img src="/2.jpg"></a><h3><a href="/2.html">Đường sắt đô thị tuyến số 3 chạy thêm chuyến</a></h3><p>Tần suất chạy tàu giờ cao điểm được rút xuống còn sáu phút một chuyến kể từ tuần sau.</p></div>
          <div class="box-category-item"><a href="/3.html"><img src="/3.jpg"></a><h3><a href="/3.html">Phân luồng giao thông dịp Tết dương lịch</a></h3><p>Nhiều tuyến phố trung tâm sẽ cấm xe ô tô từ chiều 31/12 để phục vụ lễ hội đón năm mới.</p></div>
        </div>
      </body>
      </html>
      """;

  /** Date only in words under the headline, a "Bài liên quan" heading and list after the text. */
  public static final String PEOPLE_STYLE = """
      <html>
      <head><title>Phát triển kinh tế biển bền vững</title></head>
      <body>
        <ul class="menu"><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/van-hoa">Văn hóa</a></li></ul>
        <div class="article">
          <h1 class="article__title">Phát triển kinh tế biển bền vững</h1>
          <div class="article__meta">Hà Nội, ngày 22 tháng 12 năm 2024</div>
          <div class="article__body">
            <p>Hội nghị tổng kết năm năm thực hiện chiến lược phát triển bền vững kinh tế biển đã diễn ra tại Hà Nội với sự tham dự của đại diện 28 tỉnh, thành phố ven biển.</p>
            <p>Các đại biểu thống nhất cần đẩy mạnh nuôi trồng thủy sản công nghệ cao, phát triển điện gió ngoài khơi và bảo vệ hệ sinh thái san hô, rừng ngập mặn.</p>
            <h2>Ưu tiên hạ tầng cảng biển</h2>
            <p>Bộ trưởng nhấn mạnh việc hoàn thiện hạ tầng cảng biển nước sâu và logistics là điều kiện then chốt để thu hút đầu tư vào các khu kinh tế ven biển trong giai đoạn tới.</p>
          </div>
          <div class="article__related">
            <h3>Bài liên quan</h3>
            <p><a href="/r1.html">Quy hoạch không gian biển quốc gia được phê duyệt</a></p>
            <p><a href="/r2.html">Ngư dân bám biển đầu năm mới</a></p>
          </div>
        </div>
        <div class="footer">Báo điện tử. Tòa soạn: Hà Nội.</div>
      </body>
      </html>
      """;

  /** A consent banner of long text at the top, the date in meta tags, a data table in the text. */
  public static final String GOVERNMENT_STYLE = """
      <html lang="vi">
      <head>
        <title>Lịch nghỉ Tết Nguyên đán của cán bộ, công chức</title>
        <meta property="article:published_time" content="2025-08-10T09:15:00+07:00">
        <meta property="og:url" content="https://chinhphu.example.vn/lich-nghi-tet-102250810.htm">
      </head>
      <body>
        <div class="cookie-consent">Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Khi tiếp tục truy cập, bạn đồng ý với việc chúng tôi sử dụng cookie theo chính sách bảo mật và điều khoản sử dụng đã được công bố trên trang thông tin này.</div>
        <div class="detail">
          <h1>Lịch nghỉ Tết Nguyên đán của cán bộ, công chức</h1>
          <div class="detail-time">10/08/2025 09:15</div>
          <h2 class="detail-sapo">Cán bộ, công chức, viên chức được nghỉ Tết Nguyên đán chín ngày liên tục, từ ngày 25/01 đến hết ngày 02/02.</h2>
          <div class="detail-content">
            <p>Thủ tướng Chính phủ đã đồng ý phương án nghỉ Tết Nguyên đán chín ngày liên tục đối với cán bộ, công chức, viên chức và người lao động tại các cơ quan hành chính.</p>
            <p>Cụ thể, thời gian nghỉ như sau:</p>
            <table>
              <tr><th>Ngày</th><th>Nội dung</th></tr>
              <tr><td>25/01</td><td>Nghỉ hằng tuần</td></tr>
              <tr><td>26/01 - 31/01</td><td>Nghỉ Tết</td></tr>
              <tr><td>01/02 - 02/02</td><td>Nghỉ hằng tuần</td></tr>
            </table>
            <p>Các cơ quan, đơn vị bố trí trực để giải quyết công việc liên tục, bảo đảm phục vụ tổ chức và nhân dân trong thời gian nghỉ Tết.</p>
          </div>
        </div>
      </body>
      </html>
      """;

  /** English: byline line, month-name date, "Read more" line, "See more" list, reader comments. */
  public static final String ENGLISH_STYLE = """
      <html lang="en">
      <head>
        <title>Vietnam's exports rise 15 per cent in seven months | Vietnam Daily News</title>
        <meta property="og:site_name" content="Vietnam Daily News">
      </head>
      <body>
        <nav><a href="/economy">Economy</a> <a href="/politics">Politics</a> <a href="/society">Society</a> <a href="/life-style">Life &amp; Style</a></nav>
        <main>
          <div class="story">
            <h1>Vietnam's exports rise 15 per cent in seven months</h1>
            <div class="story-meta"><span class="byline">By Minh Hà</span> <time>August 10, 2025 - 09:15</time></div>
            <div class="story-body">
              <p>HÀ NỘI — Việt Nam's export turnover reached an estimated US$229 billion in the first seven months of the year, up 15 per cent year on year, according to the General Statistics Office.</p>
              <p>Electronics, computers and components remained the largest export group, followed by machinery and equipment, textiles and footwear.</p>
              <p>Read more: <a href="/economy/trade-surplus.html">Trade surplus hits record high</a></p>
              <p>The United States was the largest export market, while China was the largest source of imports, the office said in its monthly report released on Sunday.</p>
              <div class="see-more">
                <p>See more</p>
                <ul><li><a href="/e1.html">Rice exports to Africa double</a></li><li><a href="/e2.html">Seafood firms target new markets</a></li></ul>
              </div>
            </div>
          </div>
          <section class="comments">
            <h3>Comments</h3>
            <div class="comment"><p>Great news for the economy, but we need to add more value to our exports instead of just assembling products for foreign companies.</p></div>
          </section>
        </main>
      </body>
      </html>
      """;

  /** A section front: teaser cards only. */
  public static final String LISTING = """
      <html lang="vi">
      <head><title>Thời sự - Báo Tin Nhanh</title></head>
      <body>
        <nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
        <div class="list-news">
          <article class="item-news"><a href="/1.html"><img src="/1.jpg"></a><h3 class="title-news"><a href="/1.html">Thủ tướng chủ trì họp Chính phủ thường kỳ tháng 7</a></h3><p class="description">Chính phủ đánh giá tình hình kinh tế xã hội tháng 7 và bảy tháng đầu năm, đề ra nhiệm vụ thời gian tới.</p></article>
          <article class="item-news"><a href="/2.html"><img src="/2.jpg"></a><h3 class="title-news"><a href="/2.html">Quốc hội khai mạc kỳ họp bất thường</a></h3><p class="description">Kỳ họp xem xét, quyết định nhiều nội dung quan trọng về tổ chức bộ máy và nhân sự cấp cao.</p></article>
          <article class="item-news"><a href="/3.html"><img src="/3.jpg"></a><h3 class="title-news"><a href="/3.html">Miền Bắc mưa lớn diện rộng</a></h3><p class="description">Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo nguy cơ lũ quét và sạt lở đất ở vùng núi.</p></article>
          <article class="item-news"><a href="/4.html"><img src="/4.jpg"></a><h3 class="title-news"><a href="/4.html">Khởi công tuyến cao tốc mới</a></h3><p class="description">Tuyến cao tốc dài 120 km dự kiến hoàn thành vào năm 2027, rút ngắn thời gian di chuyển một nửa.</p></article>
        </div>
      </body>
      </html>
      """;
}
