package vn.qcdc.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command line prints goes through this writer, so that no dossier or rule text (names, problem
 * messages, scenario differences, file names) can send control sequences to the auditor's terminal, whichever code
 * path printed it. Keeps newline, tab and a carriage return that ends a line ({@code \r\n}); drops what
 * {@link TerminalText#printable} refuses, including a lone {@code \r} that would overwrite the line.
 */
final class TerminalWriter extends FilterWriter {

  /** Chars are filtered in chunks of this size into {@link #kept}, then written at once (not one call per char). */
  private static final int CHUNK = 8192;

  private final char[] kept = new char[2 * CHUNK];
  private char pendingHigh;
  private boolean pendingReturn;

  TerminalWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    int n = keep((char) c, 0);
    out.write(kept, 0, n);
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    for (int from = offset; from < offset + length; from += CHUNK) {
      int n = 0;
      for (int i = from, end = Math.min(offset + length, from + CHUNK); i < end; i++) {
        n = keep(buffer[i], n);
      }
      out.write(kept, 0, n);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int from = offset; from < offset + length; from += CHUNK) {
      int n = 0;
      for (int i = from, end = Math.min(offset + length, from + CHUNK); i < end; i++) {
        n = keep(text.charAt(i), n);
      }
      out.write(kept, 0, n);
    }
  }

  /** Adds to {@link #kept} at {@code n} what {@code ch} lets through (at most two chars); returns the new length. */
  private int keep(char ch, int n) {
    if (ch >= 0x20 && ch < 0x7F && !pendingReturn && pendingHigh == 0) {
      kept[n] = ch;
      return n + 1;
    }
    int at = n;
    if (pendingReturn) {
      pendingReturn = false;
      if (ch == '\n') {
        kept[at++] = '\r';
      }
    }
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(ch)) {
        if (TerminalText.printable(Character.toCodePoint(high, ch))) {
          kept[at++] = high;
          kept[at++] = ch;
        }
        return at;
      }
    }
    if (Character.isHighSurrogate(ch)) {
      pendingHigh = ch;
    } else if (ch == '\r') {
      pendingReturn = true;
    } else if (ch == '\n' || ch == '\t' || TerminalText.printable(ch)) {
      kept[at++] = ch;
    }
    return at;
  }
}
