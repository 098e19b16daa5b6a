package vn.qcdc.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The hostile corpus: dossiers (JSON) and workbooks, each refused by every way in with its own message. */
final class HostileCorpus {

  private HostileCorpus() {}

  static List<Hostile> dossiers() {
    List<Hostile> all = new ArrayList<>(HostileJson.all());
    all.addAll(HostileDossiers.all());
    return all;
  }

  static List<Hostile> workbooks() {
    List<Hostile> all = new ArrayList<>(HostileWorkbooks.all());
    all.addAll(HostileSheets.all());
    return all;
  }

  static Stream<Hostile> all() {
    return Stream.concat(dossiers().stream(), workbooks().stream());
  }

  /** Every {@code n}-th element, for the slower ways in (browser pages) that take a sample. */
  static Stream<Hostile> everyNth(List<Hostile> list, int n) {
    return IntStream.range(0, list.size()).filter(i -> i % n == 0).mapToObj(list::get);
  }
}
