package vn.qcdc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.rulebase.InvalidRuleSetException;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;
import vn.qcdc.rulebase.RuleSetProblem;
import vn.qcdc.workbook.ConversionResult;
import vn.qcdc.workbook.WorkbookConverter;
import vn.qcdc.workbook.WorkbookProblem;

/** Reads the commands' inputs, printing every problem to stderr and ending with the contract's exit code. */
final class Inputs {

  /** The largest dossier file read, as the service's default upload limit (qcdc.upload.max-dossier-size). */
  static final long MAX_DOSSIER_BYTES = 20L * 1024 * 1024;

  /** One reader for every dossier of a batch (thread-safe). */
  private static final DossierReader READER = new DossierReader();

  private Inputs() {}

  /** The validated rule set, or {@link Exit} 3 with every problem printed, or 1 if the folder is not there. */
  static RuleSet rules(Path folder, PrintWriter err) {
    if (!Files.isDirectory(folder)) {
      err.println(folder + ": cannot read the rules folder: " + (Files.exists(folder) ? "not a folder" : "no such folder"));
      throw new Exit(ExitCode.FAILURE);
    }
    try {
      return new RuleSetLoader(RuleCacheDir.cache()).load(folder);
    } catch (InvalidRuleSetException e) {
      e.problems().stream().map(RuleSetProblem::toString).forEach(err::println);
      throw new Exit(ExitCode.INVALID_RULES);
    } catch (UncheckedIOException e) {
      err.println(folder + ": cannot read the rules folder: " + message(e.getCause()));
      throw new Exit(ExitCode.FAILURE);
    }
  }

  /**
   * The validated dossier, from JSON or from a filled workbook of the dossier template, or {@link Exit} 2 with every
   * problem printed (a workbook's with sheet and cell), or 1 if the file cannot be read.
   */
  static ParsedDossier dossier(Path file, PrintWriter err) {
    DossierRead read = read(file);
    read.problems().forEach(err::println);
    if (read.dossier() == null) {
      throw new Exit(read.exit());
    }
    return read.dossier();
  }

  /**
   * A dossier read without ending the command: the dossier, or the lines that say why not (printable) and the exit
   * code they stand for (2 invalid, 1 unreadable).
   */
  record DossierRead(ParsedDossier dossier, List<String> problems, int exit) {
    static DossierRead refused(int exit, List<String> problems) {
      return new DossierRead(null, problems, exit);
    }
  }

  static DossierRead read(Path file) {
    byte[] bytes;
    try (InputStream in = open(file)) {
      bytes = in.readNBytes((int) MAX_DOSSIER_BYTES + 1);
    } catch (IOException e) {
      return DossierRead.refused(ExitCode.FAILURE, List.of(file + ": cannot read the dossier: "
          + message(e)));
    }
    if (bytes.length > MAX_DOSSIER_BYTES) {
      return DossierRead.refused(ExitCode.INVALID_DOSSIER, List.of(file + ": tệp hồ sơ lớn hơn "
          + MAX_DOSSIER_BYTES / (1024 * 1024) + " MB, giới hạn của dịch vụ (the dossier file is larger than "
          + MAX_DOSSIER_BYTES / (1024 * 1024) + " MB)"));
    }
    if (WorkbookConverter.isWorkbook(bytes) || namedAsWorkbook(file)) {
      ConversionResult converted = new WorkbookConverter().convert(bytes);
      if (!converted.accepted()) {
        return DossierRead.refused(ExitCode.INVALID_DOSSIER, converted.problems().stream().map(WorkbookProblem::toString)
            .map(Inputs::printable).toList());
      }
      return new DossierRead(converted.dossier(), List.of(), ExitCode.OK);
    }
    try {
      return new DossierRead(READER.read(bytes), List.of(), ExitCode.OK);
    } catch (InvalidDossierException e) {
      return DossierRead.refused(ExitCode.INVALID_DOSSIER, e.problems().stream().map(DossierProblem::toString)
          .map(Inputs::printable).toList());
    }
  }

  /**
   * A problem line as the terminal should see it: a control character quoted from the file (a cell's text, a path)
   * is written as {@code \u001B}, so that no escape sequence of a hostile file reaches the auditor's terminal.
   */
  static String printable(String line) {
    StringBuilder out = new StringBuilder(line.length());
    line.codePoints().forEach(c -> {
      if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /** Reads at most the limit, whatever the file claims its size is (a device or a pipe claims none). */
  private static InputStream open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("it is a folder");
    }
    return Files.newInputStream(file);
  }

  /** A file named as a workbook is read as one, so that a PDF renamed .xlsx is named for what it is. */
  private static boolean namedAsWorkbook(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
  }

  private static String message(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
