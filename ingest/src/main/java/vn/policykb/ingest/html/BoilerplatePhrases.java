package vn.policykb.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;

/** Words a page uses to label its furniture, in English and Vietnamese. */
final class BoilerplatePhrases {

  /** Headings over lists of other articles. */
  private static final Pattern RELATED_HEADING = Pattern.compile(
      "(?:related|related (?:news|articles?|stories|posts|content|coverage|topics|links|reading)"
          + "|see (?:more|also)|read (?:more|also|next)|more (?:news|stories|from .{1,40}|on this(?: story| topic)?|to read)"
          + "|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|recommended(?: for you| stories| articles)?"
          + "|what to read next|further reading|also read|popular|most (?:read|popular|viewed)|trending(?: now)?"
          + "|latest (?:news|stories)|top stories|editor'?s? picks|don'?t miss|must read|in case you missed it"
          + "|xem thêm|tin liên quan|bài liên quan|tin cùng chuyên mục|đọc thêm|tin khác|bài viết liên quan"
          + "|có thể bạn quan tâm|tin mới|tin đọc nhiều|đọc nhiều|tin nổi bật|cùng chuyên mục|bài khác)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A paragraph that only points elsewhere: {@code Read more: …}, {@code Xem thêm: …}. */
  private static final Pattern POINTER_LINE = Pattern.compile(
      "^[\\[(]?\\s*(?:read (?:more|also|next)|see (?:more|also)|related|also read|more|watch|listen|xem thêm|đọc thêm"
          + "|tin liên quan|bài liên quan|xem tiếp|mời xem)\\s*[:>»|\\-–—]",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Labels standing in for an advertisement or an interruption of the text. */
  private static final Pattern AD_LABEL = Pattern.compile(
      "(?:advertisement|advertising|advert|adverts|sponsored(?: content)?|ad|ads|quảng cáo|story continues below(?: advertisement)?"
          + "|continue reading(?: (?:below|the main story|this article))?|article continues below"
          + "|scroll to continue(?: with content)?|skip advert|close|loading|loading\\.\\.\\.)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A closing line that addresses the reader instead of telling the story: follow us, sign up,
   * write to us, buy through our links.
   */
  private static final Pattern CALL_TO_ACTION = Pattern.compile(
      "\\bfollow (?:us|him|her|them|me|@|[\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}.]*)* on)\\b|\\bsign up\\b|\\bsubscribe\\b"
          + "|\\bnewsletters?\\b|\\b(?:write to|email|e-mail|contact) us\\b|\\bletters to the editor\\b|[\\w.+-]+@[\\w-]+\\.[\\w.]+"
          + "|(?:^|\\s)@\\w{2,}|\\bclick here\\b|\\bmay (?:get|earn|receive) (?:a|an) (?:share|commission)|\\baffiliate\\b"
          + "|theo dõi (?:chúng tôi|fanpage|kênh)|đăng ký nhận",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final int MAX_HEADING_LENGTH = 60;

  private BoilerplatePhrases() {}

  static boolean relatedHeading(String text) {
    String t = trimmed(text);
    return t.length() <= MAX_HEADING_LENGTH && RELATED_HEADING.matcher(t).matches();
  }

  static boolean pointerLine(String text) {
    return POINTER_LINE.matcher(text.strip()).find();
  }

  static boolean callToAction(String text) {
    return CALL_TO_ACTION.matcher(text).find();
  }

  static boolean adLabel(String text) {
    String t = trimmed(text);
    return t.length() <= MAX_HEADING_LENGTH && AD_LABEL.matcher(t).matches();
  }

  private static String trimmed(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("^[\\s»>•|:\\-–—]+|[\\s:.»>•|…\\-–—]+$", "");
  }
}
