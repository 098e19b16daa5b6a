package vn.qcdc.workbook;

import java.nio.charset.StandardCharsets;

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
  static String notAWorkbook(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 16), StandardCharsets.ISO_8859_1).stripLeading();
    String kind;
    if (bytes.length == 0) {
      return "tệp rỗng (0 byte), không phải bảng tính Excel (the file is empty)";
    } else if (head.startsWith("%PDF")) {
      kind = "tệp PDF";
    } else if (head.startsWith("{") || head.startsWith("[") || head.startsWith("\u00EF\u00BB\u00BF{")) {
      kind = "tệp JSON hoặc văn bản";
    } else if (head.startsWith("<")) {
      kind = "tệp HTML hoặc XML (có thể là bảng tính “Lưu dưới dạng trang web”)";
    } else if (head.startsWith("\u0089PNG") || head.startsWith("\u00FF\u00D8\u00FF")) {
      kind = "tệp ảnh";
    } else {
      kind = "tệp không rõ loại";
    }
    return "tệp không phải bảng tính Excel (.xlsx hoặc .xls) mà là " + kind + "; hãy mở bằng Excel và lưu thành "
        + "“Sổ làm việc Excel (.xlsx)” (not an Excel workbook)";
  }
}
