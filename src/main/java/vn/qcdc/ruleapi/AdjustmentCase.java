package vn.qcdc.ruleapi;

import java.util.List;
import vn.qcdc.rulebase.Text;

/**
 * One case of an adjustment (D1–D5, B1, E1): cases with the same {@code key} count once; {@code kind} selects the
 * points where the profile gives points by kind (B1: PROVINCE, NATIONAL).
 */
public record AdjustmentCase(String adjustment, String key, String kind, List<String> records, Text reason) {

  public AdjustmentCase(String adjustment, String key, String kind, List<String> records, String vi, String en) {
    this(adjustment, key, kind, List.copyOf(records), Text.of(vi, en));
  }
}
