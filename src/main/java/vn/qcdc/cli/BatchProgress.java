package vn.qcdc.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The progress of a batch on stderr: on a terminal one bar redrawn in place ({@code \r}, made of our own characters
 * only: no file name, so nothing read from a file reaches the terminal as a control sequence); otherwise one plain
 * line per dossier, through the terminal-safe writer, that a log file or CI keeps.
 */
final class BatchProgress {

  private static final int WIDTH = 30;

  private final PrintWriter lines;
  private final PrintStream terminal;
  private long lastDrawn;

  private BatchProgress(PrintWriter lines, PrintStream terminal) {
    this.lines = lines;
    this.terminal = terminal;
  }

  /** A bar when the process talks to a terminal (and stderr is the process's), plain lines otherwise. */
  static BatchProgress on(PrintWriter err, boolean processStreams) {
    boolean tty = processStreams && System.console() != null;
    return new BatchProgress(err, tty ? new PrintStream(System.err, true, StandardCharsets.UTF_8) : null);
  }

  synchronized void done(String file, String outcome, int done, int total, int failed) {
    if (terminal == null) {
      lines.println("[" + done + "/" + total + "] " + file + ": " + outcome);
      lines.flush();
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDrawn < 100_000_000L) {
      return;
    }
    lastDrawn = now;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    terminal.print("\r[" + "█".repeat(filled) + "░".repeat(WIDTH - filled) + "] " + done + "/" + total
        + (failed > 0 ? " (" + failed + " lỗi/errors)" : "") + (done == total ? "\n" : ""));
    terminal.flush();
  }
}
