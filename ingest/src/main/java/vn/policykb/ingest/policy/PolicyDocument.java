package vn.policykb.ingest.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A policy document (resolution, decree, decision, law, circular…) read from a PDF or an office
 * file. Text fields are NFC; values the document does not give are {@code null}.
 *
 * @param text the whole extracted text, header included, lines separated by {@code \n}
 * @param title the title in sentence case with the document type in front ({@code Nghị quyết về
 *     đột phá phát triển khoa học…}); for an English document its first heading or the title its
 *     metadata gives
 * @param number the number and symbol as written in the header ({@code 57-NQ/TW},
 *     {@code 15/2020/NĐ-CP})
 * @param issuer the issuing body as the header writes it ({@code CHÍNH PHỦ}, {@code BỘ CHÍNH
 *     TRỊ}, {@code BỘ KHOA HỌC VÀ CÔNG NGHỆ})
 * @param place where it was signed ({@code Hà Nội})
 * @param date the date it was signed, else the creation date its metadata gives
 * @param documentType the kind of document in Vietnamese ({@code Nghị quyết}, {@code Quyết định})
 * @param lang {@code vi} or {@code en}
 * @param mediaType the detected type of the file ({@code application/pdf})
 * @param truncated true when the text was cut at the character limit: the document is longer
 *     than {@code text}
 */
public record PolicyDocument(
    String text,
    String title,
    String number,
    String issuer,
    String place,
    LocalDate date,
    String documentType,
    String lang,
    String mediaType,
    boolean truncated) {

  public PolicyDocument {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(mediaType, "mediaType");
  }
}
