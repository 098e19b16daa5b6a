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

  private char pendingHigh;
  private boolean pendingReturn;

  TerminalWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (pendingReturn) {
      pendingReturn = false;
      if (ch == '\n') {
        out.write('\r');
      }
    }
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(ch)) {
        int cp = Character.toCodePoint(high, ch);
        if (TerminalText.printable(cp)) {
          out.write(high);
          out.write(ch);
        }
        return;
      }
    }
    if (Character.isHighSurrogate(ch)) {
      pendingHigh = ch;
    } else if (ch == '\r') {
      pendingReturn = true;
    } else if (ch == '\n' || ch == '\t' || TerminalText.printable(ch)) {
      out.write(ch);
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(buffer[i]);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(text.charAt(i));
    }
  }
}
