package vn.qcdc.rulebase;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dated constants of a rule set, by id. */
public final class Parameters {

  private final Map<String, DatedConstant> byId;

  public Parameters(List<DatedConstant> constants) {
    this.byId = constants.stream().collect(Collectors.toUnmodifiableMap(DatedConstant::id, Function.identity()));
  }

  public DatedConstant get(String id) {
    DatedConstant c = byId.get(id);
    if (c == null) {
      throw new IllegalArgumentException("Unknown constant " + id + " (not in parameters.yaml)");
    }
    return c;
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  public List<DatedConstant> all() {
    return byId.values().stream().sorted(java.util.Comparator.comparing(DatedConstant::id)).toList();
  }
}
