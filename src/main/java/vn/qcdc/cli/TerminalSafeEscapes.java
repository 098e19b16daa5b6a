package vn.qcdc.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Writes as a JSON escape (backslash, u, four hex digits) every character that {@link TerminalText} would not print
 * raw: DEL, C1 controls, bidi overrides and other format characters, line separators (C0 controls are escaped by
 * JSON itself). The parsed JSON keeps every character of the dossier; the printed JSON cannot drive the terminal.
 */
final class TerminalSafeEscapes extends CharacterEscapes {

  private final int[] ascii = standardAsciiEscapesForJSON();

  TerminalSafeEscapes() {
    ascii[0x7F] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    if (Character.isSurrogate((char) ch) || TerminalText.printable(ch)) {
      return null;
    }
    return new SerializedString(String.format("\\u%04X", ch));
  }
}
