package vn.qcdc.ruleapi;

import java.util.List;
import vn.qcdc.rulebase.Text;

/** A fact that sets a part to zero whatever its rate, such as a protracted petition (TC5.4) or a late online dossier. */
public record Veto(String criterion, String part, List<String> records, Text reason) {

  public Veto(String criterion, String part, List<String> records, String vi, String en) {
    this(criterion, part, List.copyOf(records), Text.of(vi, en));
  }
}
