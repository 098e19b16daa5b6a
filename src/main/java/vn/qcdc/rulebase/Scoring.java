package vn.qcdc.rulebase;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How a part turns its checks into points, as the catalogue states it.
 *
 * <ul>
 *   <li>{@code PROPORTIONAL}: max × compliant ÷ applicable.
 *   <li>{@code BANDS}: the points of the first band whose rate (compliant ÷ applicable, in percent) is reached.
 *   <li>{@code SUM_ITEMS}: the sum of the points of the named items that are met, at most the maximum.
 *   <li>{@code BEST_ITEM}: the points of the best named item that is met.
 * </ul>
 */
public record Scoring(Method method, List<Band> bands, Map<String, BigDecimal> items) {

  /** The formula kinds of the profile's general rules. */
  public enum Method { PROPORTIONAL, BANDS, SUM_ITEMS, BEST_ITEM }

  /** A rate band: reached when compliant × 100 ≥ atLeastPercent × applicable. */
  public record Band(BigDecimal atLeastPercent, BigDecimal points) {}

  public Scoring {
    bands = bands == null ? List.of() : List.copyOf(bands);
    items = items == null ? Map.of() : Map.copyOf(items);
  }

  public static Scoring proportional() {
    return new Scoring(Method.PROPORTIONAL, List.of(), Map.of());
  }
}
