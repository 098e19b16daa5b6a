package vn.qcdc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The dossiers a batch names: each {@code --dossier} is a file, or a folder whose JSON files and workbooks
 * ({@code .json}, {@code .xlsx}, {@code .xlsm}, {@code .xls}; not hidden, not in sub-folders) are taken in name order.
 * Each gets a result file name in {@code --out}: its own name with {@code .json}, numbered if two would clash.
 */
final class DossierFiles {

  /** One dossier of the batch: its file, how it is shown, and the name of its result file. */
  record Input(Path file, String shown, String resultName) {}

  private static final List<String> KINDS = List.of(".json", ".xlsx", ".xlsm", ".xls");

  private DossierFiles() {}

  static List<Input> of(List<Path> named) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : named) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> list = Files.list(p)) {
          list.filter(DossierFiles::dossierKind).filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    Set<String> taken = new HashSet<>();
    List<Input> inputs = new ArrayList<>();
    for (Path f : files) {
      String base = String.valueOf(f.getFileName()).replaceFirst("\\.[^.]*$", "");
      String name = base + ".json";
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "-" + n + ".json";
      }
      inputs.add(new Input(f, f.toString(), name));
    }
    return inputs;
  }

  /** Whether a result written to {@code out} could replace one of the inputs (an input folder given as --out). */
  static boolean overlaps(List<Input> inputs, Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return false;
    }
    Path target = out.toRealPath();
    for (Input i : inputs) {
      Path parent = i.file().toAbsolutePath().getParent();
      if (parent != null && Files.isDirectory(parent) && parent.toRealPath().equals(target)) {
        return true;
      }
    }
    return false;
  }

  private static boolean dossierKind(Path p) {
    String name = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && KINDS.stream().anyMatch(name::endsWith);
  }
}
