package vn.qcdc.workbook;

import java.nio.charset.StandardCharsets;
import vn.qcdc.i18n.Message;

/** Names, from its first bytes, what a file that is not an Excel workbook is, so that the refusal can say it. */
final class FileKinds {

  private FileKinds() {}

  /** Whether the bytes begin like a zip archive (an .xlsx) or an OLE2 compound file (an .xls). */
  static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && (bytes[2] == 3 && bytes[3] == 4
        || bytes[2] == 5 && bytes[3] == 6 || bytes[2] == 7 && bytes[3] == 8);
  }

  static boolean isOle2(byte[] bytes) {
    return bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11
        && (bytes[3] & 0xff) == 0xE0;
  }

  /** A refusal naming what the file seems to be instead of a workbook. */
  static Message notAWorkbook(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 16), StandardCharsets.ISO_8859_1).stripLeading();
    String kind;
    if (bytes.length == 0) {
      return Message.of("workbook.file.empty");
    } else if (head.startsWith("%PDF")) {
      kind = "pdf";
    } else if (head.startsWith("{") || head.startsWith("[") || head.startsWith("\u00EF\u00BB\u00BF{")) {
      kind = "json";
    } else if (head.startsWith("<")) {
      kind = "html";
    } else if (head.startsWith("\u0089PNG") || head.startsWith("\u00FF\u00D8\u00FF")) {
      kind = "image";
    } else {
      kind = "unknown";
    }
    return Message.of("workbook.file.notWorkbook", Message.of("workbook.kind." + kind));
  }
}
