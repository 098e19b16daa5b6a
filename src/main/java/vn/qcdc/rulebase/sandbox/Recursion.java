package vn.qcdc.rulebase.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the rule-set functions that can call themselves, directly or through others: recursion may never end. */
final class Recursion {

  private Recursion() {}

  /** Each function on a cycle of {@code calls}, with the cycle from it back to it. */
  static Map<String, List<String>> cycles(Map<String, List<String>> calls) {
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String start : calls.keySet()) {
      List<String> path = new ArrayList<>();
      path.add(start);
      List<String> cycle = search(start, start, calls, path, new HashSet<>());
      if (cycle != null) {
        found.put(start, cycle);
      }
    }
    return found;
  }

  /** Depth-first from {@code at}; a function explored once without reaching {@code start} is not explored again. */
  private static List<String> search(String start, String at, Map<String, List<String>> calls, List<String> path,
      Set<String> explored) {
    for (String next : calls.getOrDefault(at, List.of())) {
      if (next.equals(start)) {
        List<String> cycle = new ArrayList<>(path);
        cycle.add(start);
        return cycle;
      }
      if (explored.add(next)) {
        path.add(next);
        List<String> cycle = search(start, next, calls, path, explored);
        if (cycle != null) {
          return cycle;
        }
        path.remove(path.size() - 1);
      }
    }
    return null;
  }
}
