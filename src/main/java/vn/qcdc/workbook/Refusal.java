package vn.qcdc.workbook;

/** An uploaded file that is not opened: why, in Vietnamese first. */
final class Refusal extends Exception {

  Refusal(String message) {
    super(message, null, false, false);
  }
}
