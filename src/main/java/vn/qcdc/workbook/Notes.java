package vn.qcdc.workbook;

import java.math.BigDecimal;
import vn.qcdc.i18n.Message;

/** The notes row: whether a column is required, how to enter it and what it means. */
final class Notes {

  private Notes() {}

  static String requirement(boolean required, Message condition) {
    if (required) {
      return "Bắt buộc.";
    }
    return condition == null ? "Không bắt buộc." : "Bắt buộc " + condition + ".";
  }

  static String format(ColumnKind kind, BigDecimal min, BigDecimal max, String targetSheet) {
    return switch (kind) {
      case TEXT -> "Văn bản.";
      case TEXT_LINES -> "Văn bản; nhiều mục thì mỗi mục một dòng (Alt+Enter).";
      case INTEGER -> "Số nguyên" + range(min, max) + ".";
      case INTEGER_LIST -> "Các số nguyên" + range(min, max) + ", cách nhau bằng dấu phẩy.";
      case DECIMAL -> "Số" + range(min, max) + "; phần thập phân sau dấu phẩy hoặc dấu chấm.";
      case BOOLEAN -> "Chọn Có hoặc Không.";
      case DATE -> "Ngày, dạng dd/MM/yyyy (ví dụ 25/03/2025).";
      case MONTH -> "Tháng, dạng MM/yyyy (ví dụ 03/2025).";
      case ENUM -> "Chọn trong danh sách.";
      case ENUM_FLAG -> "Chọn Có nếu có nội dung này.";
      case VILLAGE -> "Chọn thôn trong danh sách (trang “" + targetSheet + "”).";
      case REFERENCE -> "Mã của một dòng ở trang “" + targetSheet + "”.";
      case PARENT_ID -> "Mã của dòng tương ứng ở trang “" + targetSheet + "”.";
      case RECORD_ID -> "Mã của bản ghi (cột Mã) ở bất kỳ trang nào.";
    };
  }

  private static String range(BigDecimal min, BigDecimal max) {
    if (min != null && max != null) {
      return " từ " + min.toPlainString() + " đến " + max.toPlainString();
    }
    if (min != null) {
      return " ≥ " + min.toPlainString();
    }
    return max == null ? "" : " ≤ " + max.toPlainString();
  }

  static String join(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        out.append(out.length() == 0 ? "" : " ").append(part.trim());
      }
    }
    return out.toString();
  }
}
