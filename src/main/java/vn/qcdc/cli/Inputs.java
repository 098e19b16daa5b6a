package vn.qcdc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private Inputs() {}

  /** The validated rule set, or {@link Exit} 3 with every problem printed, or 1 if the folder is not there. */
  static RuleSet rules(Path folder, PrintWriter err) {
    if (!Files.isDirectory(folder)) {
      err.println(folder + ": cannot read the rules folder: " + (Files.exists(folder) ? "not a folder" : "no such folder"));
      throw new Exit(ExitCode.FAILURE);
    }
    try {
      return new RuleSetLoader().load(folder);
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
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new IOException("it is a folder");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      err.println(file + ": cannot read the dossier: " + message(e));
      throw new Exit(ExitCode.FAILURE);
    }
    if (WorkbookConverter.isWorkbook(bytes)) {
      ConversionResult converted = new WorkbookConverter().convert(bytes);
      if (!converted.accepted()) {
        converted.problems().stream().map(WorkbookProblem::toString).forEach(err::println);
        throw new Exit(ExitCode.INVALID_DOSSIER);
      }
      return converted.dossier();
    }
    try {
      return new DossierReader().read(bytes);
    } catch (InvalidDossierException e) {
      e.problems().stream().map(DossierProblem::toString).forEach(err::println);
      throw new Exit(ExitCode.INVALID_DOSSIER);
    }
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
