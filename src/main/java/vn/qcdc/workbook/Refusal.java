package vn.qcdc.workbook;

import vn.qcdc.i18n.Message;

/** An uploaded file that is not opened: why, worded in the message bundles (workbook.file.*, workbook.zip.*…). */
final class Refusal extends Exception {

  private final transient Message text;

  Refusal(String key, Object... args) {
    this(Message.of(key, args));
  }

  Refusal(Message text) {
    super(text.key(), null, false, false);
    this.text = text;
  }

  Message text() {
    return text;
  }
}
