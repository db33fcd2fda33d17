package vn.policykb.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words a page uses to label its furniture: in English and Vietnamese, and in the German, French,
 * Spanish, Italian and Polish that the pages of other outlets linked from the news use.
 */
final class BoilerplatePhrases {

  /** Headings over lists of other articles. */
  private static final Pattern RELATED_HEADING = Pattern.compile(
      "(?:related|related (?:news|articles?|stories|posts|content|coverage|topics|links|reading)"
          + "|see (?:more|also)|read (?:more|also|next)|more (?:news|stories|from .{1,40}|on this(?: story| topic)?|to read)"
          + "|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|recommended(?: for you| stories| articles)?"
          + "|what to read next|further reading|also read|popular|most (?:read|popular|viewed)|trending(?: now)?"
          + "|latest (?:news|stories)|top stories|editor'?s? picks|don'?t miss|must read|in case you missed it"
          + "|xem thêm|tin liên quan|bài liên quan|tin cùng chuyên mục|đọc thêm|tin khác|bài viết liên quan"
          + "|có thể bạn quan tâm|tin mới|tin đọc nhiều|đọc nhiều|tin nổi bật|cùng chuyên mục|bài khác"
          // German
          + "|ähnliche (?:beiträge|artikel|themen|nachrichten)|das könnte (?:dich|sie|euch) auch interessieren"
          + "|(?:weitere|mehr|neueste|aktuelle) (?:(?:interessante|aktuelle|spannende) )?(?:artikel|beiträge|nachrichten|news|themen|meldungen"
          + "|\\p{L}*tipps)(?: zum thema)?(?: .{1,40})?"
          + "|weiterführende (?:informationen|infos|links|artikel|beiträge|themen|inhalte|literatur)"
          + "|mehr zu(?:m thema)? .{1,40}|mehr (?:aus|von|zum) .{1,40}|zum weiterlesen|weiterlesen|lesen sie (?:auch|mehr)"
          + "|auch interessant|empfohlene?r? (?:beiträge|artikel|redaktioneller inhalt)|noch mehr .{1,30}|meistgelesen|beliebte beiträge"
          + "|vorschau auf den nächsten artikel|entdecken sie (?:jetzt|mehr)|passend dazu|verwandte (?:artikel|themen)"
          // French
          + "|(?:à|a) lire (?:aussi|également|ensuite)|lire aussi|sur le même (?:sujet|thème)|articles? (?:similaires|liés|connexes|recommandés)"
          + "|vous aimerez aussi|vous aimerez peut-être aussi|dans la même rubrique|voir aussi|les plus lus|à découvrir aussi"
          // Spanish, Italian, Polish
          + "|(?:artículos|noticias|notas|entradas) relacionad[oa]s|(?:también )?te puede interesar|le puede interesar|lee también"
          + "|lea también|ver también|más noticias|lo más leído|articoli correlati|leggi anche|potrebbe interessarti"
          + "|zobacz (?:także|też|również)|czytaj (?:także|też|również|więcej)|dowiedz się więcej|polecane)");

  /** A paragraph that only points elsewhere: {@code Read more: …}, {@code Xem thêm: …}. */
  private static final Pattern POINTER_LINE = Pattern.compile(
      "^[\\[(]?\\s*(?:read (?:more|also|next)|see (?:more|also)|related|also read|more|watch|listen|xem thêm|đọc thêm"
          + "|tin liên quan|bài liên quan|xem tiếp|mời xem|lesen sie auch|lesen sie mehr|mehr dazu|siehe auch|lire aussi|à lire aussi"
          + "|voir aussi|lee también|lea también|mire|ver también|leggi anche|zobacz (?:także|też|również)|czytaj (?:także|też|również))\\s*[:>»|\\-–—]",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Labels standing in for an advertisement or an interruption of the text. */
  private static final Pattern AD_LABEL = Pattern.compile(
      "(?:advertisement|advertising|advert|adverts|sponsored(?: content)?|ad|ads|quảng cáo|story continues below(?: advertisement)?"
          + "|continue reading(?: (?:below|the main story|this article))?|article continues below"
          + "|scroll to continue(?: with content)?|skip advert|close|loading|loading\\.\\.\\.|anzeige|werbung|publicité|publicidad"
          + "|reklama|pubblicità|weiter nach der anzeige|artikel wird unter der anzeige fortgesetzt|la suite après (?:la )?publicité"
          + "|poniżej dalsza część artykułu|dalsza część artykułu poniżej)");

  /**
   * A closing line that addresses the reader instead of telling the story: follow us, sign up,
   * write to us, buy through our links.
   */
  private static final Pattern CALL_TO_ACTION = Pattern.compile(
      "\\bfollow (?:us|him|her|them|me|@|[\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}.]*)* on)\\b|\\bsign up\\b|\\bsubscribe\\b"
          + "|\\bnewsletters?\\b|\\b(?:write to|email|e-mail|contact) us\\b|\\bletters to the editor\\b|[\\w.+-]+@[\\w-]+\\.[\\w.]+"
          + "|(?:^|\\s)@[A-Za-z_]\\w+|\\bclick here\\b|\\bmay (?:get|earn|receive) (?:a|an) (?:share|commission)|\\baffiliate\\b"
          + "|theo dõi (?:chúng tôi|fanpage|kênh)|đăng ký nhận",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Headings over what follows an article: the readers' comments, the author's box, the share
   * tools. Below them comes no more of the article.
   */
  private static final Pattern CLOSING_HEADING = Pattern.compile(
      "(?:\\d+\\s*)?(?:comments?|responses?|leave a (?:reply|comment)|post a comment|join the (?:conversation|discussion)"
          + "|about the author|share (?:this|the) (?:article|story|post|page)|share this"
          + "|kommentare?|\\d+ kommentare?|schreibe(?:n sie)? einen kommentar|kommentar (?:schreiben|verfassen)|diskutieren sie mit"
          + "|über den autor|über die autorin|zum autor|zur autorin|(?:artikel|beitrag) teilen|diesen (?:artikel|beitrag) teilen"
          + "|commentaires?|laisser un commentaire|laissez un commentaire|vos réactions|réagir|réagissez|à propos de l'auteur"
          + "|partager (?:cet|l') ?article|comentarios?|deja (?:un comentario|una respuesta)|sobre el autor|comparte (?:esta|este) .{1,20}"
          + "|commenti|lascia un commento|komentarze|bình luận|ý kiến bạn đọc|gửi bình luận|ý kiến của bạn)");

  /**
   * Notices a page sets anywhere, in or out of the text, that are never the article: consent to
   * cookies, invitations to subscribe or follow, disclosures of advertising and of rights.
   */
  private static final Pattern NOTICE = Pattern.compile(
      "\\bnewsletter|\\bfolg(?:en sie|e|t) uns\\b|\\babonnier(?:en|e|t)\\b|\\bsuivez-nous\\b|\\babonnez-vous\\b"
          + "|\\binscrivez-vous\\b|\\bs[ií]guenos\\b|\\bsuscr[ií]bete\\b|\\bseguici\\b|\\bobserwuj nas\\b"
          + "|enthält (?:werbung|affiliate|partnerlinks|anzeigen)|^\\*?(?:werbung|anzeige|publicité|publicidad|reklama|pubblicità)\\b"
          + "|contains (?:affiliate links|references to products|sponsored)|\\bpartnerlinks?\\b"
          + "|gibt die meinung d(?:es|er) autor|n'engagent que leurs auteurs|all rights reserved|alle rechte vorbehalten"
          + "|tous droits réservés|todos los derechos reservados|chroniony prawem|ist dieser (?:beitrag|artikel) hilfreich"
          + "|was this (?:article|page|post) helpful|(?:teilen|partager|compartir)\\s*:|đăng ký nhận (?:bản tin|tin)|theo dõi chúng tôi");
  private static final int MAX_NOTICE_LENGTH = 250;
  /**
   * A block about cookies is a consent notice when it speaks of the site, of consent or of
   * settings; a recipe's short step ("let the cookies cool") is not.
   */
  private static final Pattern COOKIE_CONSENT = Pattern.compile(
      "\\b(?:we use|this (?:site|website)|our (?:site|website)|websites?|accept|consent|settings|preferences|privacy|browser"
          + "|verwende[nt]?|nutz(?:en|t)|akzeptier|zustimm|einverstanden|datenschutz|einstellungen|webseite"
          + "|utilis|accepte[rz]?|paramètres|politique|confidentialité|usamos|utiliza|acept|configuración|política"
          + "|utilizziamo|accett|używa|akceptuj|sử dụng|chấp nhận)",
      Pattern.UNICODE_CASE);

  private static final int MAX_HEADING_LENGTH = 60;
  /** The headings' patterns are matched against lower-cased text stripped of these. */
  private static final Pattern EDGE_MARKS = Pattern.compile("^[\\s»>•|:\\-–—]+|[\\s:.»>•|…\\-–—]+$");

  private BoilerplatePhrases() {}

  static boolean relatedHeading(String text) {
    String t = trimmed(text);
    return t.length() <= MAX_HEADING_LENGTH && RELATED_HEADING.matcher(t).matches();
  }

  static boolean closingHeading(String text) {
    String t = trimmed(text);
    return t.length() <= MAX_HEADING_LENGTH && CLOSING_HEADING.matcher(t).matches();
  }

  static boolean notice(String text) {
    if (text.length() > MAX_NOTICE_LENGTH) {
      return false;
    }
    String t = text.toLowerCase(Locale.ROOT);
    return NOTICE.matcher(t).find() || (t.contains("cookie") && COOKIE_CONSENT.matcher(t).find());
  }

  /**
   * A paragraph that only points elsewhere: one of the pointer phrases, or any heading over
   * related links followed by a colon ({@code Dowiedz się więcej: …}, {@code Mehr zum Thema: …}),
   * so that every language the headings know has its pointer lines too.
   */
  static boolean pointerLine(String text) {
    String t = text.strip();
    if (POINTER_LINE.matcher(t).find()) {
      return true;
    }
    int colon = t.indexOf(':');
    return colon > 0 && colon <= MAX_HEADING_LENGTH && relatedHeading(t.substring(0, colon));
  }

  static boolean callToAction(String text) {
    return CALL_TO_ACTION.matcher(text).find();
  }

  static boolean adLabel(String text) {
    String t = trimmed(text);
    return t.length() <= MAX_HEADING_LENGTH && AD_LABEL.matcher(t).matches();
  }

  private static String trimmed(String text) {
    return EDGE_MARKS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
