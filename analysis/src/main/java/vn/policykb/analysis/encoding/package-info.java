/**
 * Recovering Vietnamese text from legacy encodings before it is indexed.
 *
 * <ul>
 *   <li>{@link vn.policykb.analysis.encoding.VietnameseDecoder} turns bytes into NFC text: byte
 *       order mark, the declared charset if the bytes bear it out, UTF-8, then Windows-1258, TCVN3,
 *       VNI and VISCII, then ICU's detector and Windows-1252; bytes that are no text are reported
 *       undecodable instead.
 *   <li>{@link vn.policykb.analysis.encoding.LegacyTextRepair} repairs strings that are legacy
 *       Vietnamese misread as Windows-1252 ({@code Ninh B×nh}, {@code Xin chaøo caùc baïn}) and
 *       leaves every other string alone.
 * </ul>
 *
 * Both decide by counting Vietnamese syllables ({@link
 * vn.policykb.analysis.encoding.VietnameseSyllable}) over the whole text, before and after a
 * candidate conversion, never by looking at single words.
 */
package vn.policykb.analysis.encoding;
