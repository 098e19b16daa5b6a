package vn.qcdc.rulebase;

/** A text in Vietnamese first, English second. */
public record Text(String vi, String en) {

  public static Text of(String vi, String en) {
    return new Text(vi, en);
  }
}
