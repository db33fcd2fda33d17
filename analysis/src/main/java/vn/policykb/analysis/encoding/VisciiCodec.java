package vn.policykb.analysis.encoding;

import java.io.ByteArrayOutputStream;
import vn.policykb.analysis.TextNormalization;

/**
 * VISCII (RFC 1456): all 134 letters precomposed, one byte each. To fit them it takes the whole
 * upper half and six C0 control codes, including 0xA0, so the text it yields has no no-break spaces.
 */
final class VisciiCodec implements LegacyCodec {

  static final ByteTable TABLE = new ByteTable(
      "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ" // 0x80
      + "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ" // 0x90
      + "Õắằặấầẩậẽẹếềểễệố" // 0xA0
      + "ồổỗỠƠộờởịỰỨỪỬơớƯ" // 0xB0
      + "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ" // 0xC0
      + "ĐứÒÓÔạỷừửÙÚỹỵÝỡư" // 0xD0
      + "àáâãảăữẫèéêẻìíĩỉ" // 0xE0
      + "đựòóôõỏọụùúũủýợỮ", // 0xF0
      new byte[] {0x02, 0x05, 0x06, 0x14, 0x19, 0x1E},
      "ẲẴẪỶỸỴ");

  @Override
  public String decode(byte[] bytes) {
    return TextNormalization.nfc(TABLE.decode(bytes));
  }

  @Override
  public byte[] encode(String text) {
    String nfc = TextNormalization.nfc(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      int b = TABLE.byteOf(nfc.charAt(i));
      out.write(b < 0 ? '?' : b);
    }
    return out.toByteArray();
  }
}
