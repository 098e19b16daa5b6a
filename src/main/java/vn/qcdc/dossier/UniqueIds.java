package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of a dossier's objects, checked for uniqueness as they are streamed: the first use of each id is kept, and
 * each later use is noted, so that at the end only the repeated ids are looked at again. Objects read member by member
 * (the root, the administrative dossiers) are visited before their members, and their own id is known only later: it
 * takes the place reserved for it. The dossier's own id counts as used before every other.
 */
final class UniqueIds {

  /** One use of an id: its place in document order and its path. */
  private record Use(int place, String id, JsonPaths.At path) {}

  private final Map<String, Use> first = new HashMap<>();
  private final List<Use> repeats = new ArrayList<>();
  private final List<Use> reserved = new ArrayList<>();
  private int places;

  /** The id of the next object in document order. */
  void add(String id, JsonPaths.At path) {
    Use use = new Use(places++, id, path);
    if (first.putIfAbsent(id, use) != null) {
      repeats.add(use);
    }
  }

  /** Keeps the place of an object whose own id is read after its first members; returns the place. */
  int reserve() {
    return places++;
  }

  void fill(int place, String id, JsonPaths.At path) {
    reserved.add(new Use(place, id, path));
  }

  /** Lists each use of an id already used (first the dossier id's, {@code dossierId} null if it has none). */
  void check(String dossierId, ProblemList problems) {
    Map<String, Use> firstUse = new HashMap<>();
    List<Use> candidates = new ArrayList<>(repeats);
    candidates.addAll(reserved);
    for (Use use : reserved) {
      Use earliest = first.get(use.id());
      firstUse.merge(use.id(), earliest == null || use.place() < earliest.place() ? use : earliest,
          (a, b) -> a.place() < b.place() ? a : b);
      if (earliest != null) {
        candidates.add(earliest);
      }
    }
    if (dossierId != null && first.containsKey(dossierId)) {
      candidates.add(first.get(dossierId));
    }
    candidates.sort(Comparator.comparingInt(Use::place));
    JsonPaths.At dossierIdPath = JsonPaths.At.ROOT.field("dossierId");
    int previous = -1;
    for (Use use : candidates) {
      if (use.place() == previous) {
        continue;
      }
      previous = use.place();
      Use earliest = firstUse.getOrDefault(use.id(), first.get(use.id()));
      JsonPaths.At earlier = use.id().equals(dossierId) ? dossierIdPath
          : earliest.place() == use.place() ? null : earliest.path();
      if (earlier != null) {
        problems.add(new DossierProblem(use.path().toString(), "duplicate id " + TextNode.valueOf(use.id())
            + ", already used at " + earlier));
      }
    }
  }
}
