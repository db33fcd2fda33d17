package vn.policykb.ingest.crawl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.policykb.ingest.parse.PlainTextArticleParser;
import vn.policykb.ingest.policy.TestPdfs;

/**
 * The content of the fixture news site: the bundled seed articles as HTML pages, Vietnamese and
 * English articles, a policy PDF, an RSS feed, a sitemap index over a Google News sitemap and a
 * plain one, a home page with links, and robots.txt with a disallowed folder.
 */
final class NewsSite {

  /** Paths of the pages that are articles and may be crawled: what the index must hold. */
  final List<String> articlePaths = new ArrayList<>();

  private NewsSite() {}

  static NewsSite build(FixtureSite site, String offSiteUrl) throws Exception {
    NewsSite news = new NewsSite();
    List<String> feedItems = new ArrayList<>();
    List<String> sitemapItems = new ArrayList<>();
    List<String> homeLinks = new ArrayList<>();

    int n = 0;
    for (Path file : seedFiles()) {
      var parsed = PlainTextArticleParser.parse(Files.readString(file, StandardCharsets.UTF_8));
      String path = "/tin-tuc/seed-" + n + ".html";
      site.html(path, FixtureSite.article(parsed.lang(), parsed.title(), parsed.body()));
      news.articlePaths.add(path);
      if (n % 2 == 0) {
        feedItems.add(path);
      } else {
        sitemapItems.add(path);
      }
      n++;
    }
    site.html("/tin-tuc/kinh-te-tu-nhan.html", FixtureSite.article("vi", "Kinh tế tư nhân là động lực quan trọng nhất",
        "Nghị quyết 68-NQ/TW của Bộ Chính trị xác định kinh tế tư nhân là một động lực quan trọng nhất của nền kinh tế quốc gia.\n"
            + "Theo nghị quyết, đến năm 2030 cả nước phấn đấu có hai triệu doanh nghiệp hoạt động trong nền kinh tế.\n"
            + "Các bộ, ngành được giao rà soát, sửa đổi các quy định pháp luật để tháo gỡ khó khăn cho doanh nghiệp tư nhân."));
    site.html("/tin-tuc/chuyen-doi-so.html", FixtureSite.article("vi", "Đột phá phát triển khoa học, công nghệ và chuyển đổi số",
        "Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia được ban hành cuối năm 2024.\n"
            + "Mục tiêu đến năm 2030 là tiềm lực, trình độ khoa học công nghệ đạt mức tiên tiến ở nhiều lĩnh vực quan trọng.\n"
            + "Chính phủ đã ban hành chương trình hành động để thực hiện nghị quyết với nhiều nhiệm vụ cụ thể."));
    site.html("/tin-tuc/integration-en.html", FixtureSite.article("en", "Viet Nam deepens international integration",
        "Resolution 59-NQ/TW of the Politburo sets out international integration in the new situation.\n"
            + "The resolution calls for integration that is comprehensive, extensive and effective across all fields.\n"
            + "Ministries were asked to draft action plans within months of the resolution being issued."));
    news.articlePaths.addAll(List.of("/tin-tuc/kinh-te-tu-nhan.html", "/tin-tuc/chuyen-doi-so.html",
        "/tin-tuc/integration-en.html"));
    homeLinks.addAll(List.of("/tin-tuc/kinh-te-tu-nhan.html", "/tin-tuc/chuyen-doi-so.html"));
    sitemapItems.add("/tin-tuc/integration-en.html");

    site.page("/tin-tuc/nghi-quyet-66.pdf", "application/pdf", TestPdfs.englishPdf("Resolution 66 on law-making",
        2025, 4, 30, List.of("Resolution 66-NQ/TW on law-making and enforcement", "",
            "The Politburo resolves to reform the making and enforcement of laws.",
            "Laws shall be drafted with the participation of the people and businesses.",
            "Ministries shall report on enforcement every year.")));
    news.articlePaths.add("/tin-tuc/nghi-quyet-66.pdf");
    sitemapItems.add("/tin-tuc/nghi-quyet-66.pdf");

    // robots.txt keeps the crawler out of this folder: it must never be requested
    site.html("/private/noi-bo.html", FixtureSite.article("vi", "Tài liệu nội bộ", "Không được thu thập trang này."));
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
    feedItems.add("/private/noi-bo.html");
    homeLinks.add("/private/noi-bo.html");
    homeLinks.add("/gioi-thieu.html");
    site.html("/gioi-thieu.html", "<html><body><p>Giới thiệu về báo.</p></body></html>");

    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Báo Thử Nghiệm</title><link>" + site.base() + "/</link><description>Tin mới</description>");
    for (String item : feedItems) {
      rss.append("<item><title>t</title><link>").append(site.url(item)).append("</link></item>");
    }
    // the same article under a second URL: a tracking parameter and a fragment
    rss.append("<item><title>t</title><link>").append(site.url(feedItems.getFirst()))
        .append("?utm_source=rss&amp;utm_medium=feed#top</link></item>");
    rss.append("<item><title>off-site</title><link>").append(offSiteUrl).append("</link></item>");
    rss.append("</channel></rss>");
    site.xml("/rss.xml", "application/rss+xml", rss.toString());

    site.xml("/sitemap.xml", "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<sitemap><loc>" + site.url("/sitemap-news.xml") + "</loc></sitemap>"
        + "<sitemap><loc>" + site.url("/sitemap-pages.xml") + "</loc></sitemap></sitemapindex>");
    StringBuilder newsMap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
    StringBuilder pagesMap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < sitemapItems.size(); i++) {
      String item = sitemapItems.get(i);
      if (i % 2 == 0) {
        newsMap.append("<url><loc>").append(site.url(item)).append("</loc><news:news><news:publication>")
            .append("<news:name>Báo Thử Nghiệm</news:name><news:language>vi</news:language></news:publication>")
            .append("<news:publication_date>2025-09-01</news:publication_date><news:title>t</news:title></news:news></url>");
      } else {
        pagesMap.append("<url><loc>").append(site.url(item)).append("</loc><lastmod>2025-09-01</lastmod></url>");
      }
    }
    site.xml("/sitemap-news.xml", "application/xml", newsMap.append("</urlset>").toString());
    site.xml("/sitemap-pages.xml", "application/xml", pagesMap.append("</urlset>").toString());

    StringBuilder home = new StringBuilder("<html lang=\"vi\"><body><h1>Báo Thử Nghiệm</h1><ul>");
    for (String link : homeLinks) {
      home.append("<li><a href=\"").append(link).append("\">").append(link).append("</a></li>");
    }
    site.html("/", home.append("</ul></body></html>").toString());
    return news;
  }

  static List<Path> seedFiles() throws IOException {
    Path dir = Path.of("..", "corpus", "articles");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }
}
