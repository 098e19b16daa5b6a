package vn.qcdc.cli;

/**
 * Text from dossiers and rule files made safe to print on a terminal. A commune name carrying escape codes could
 * otherwise clear the screen and print a fake "100/100 Tốt", and a bidi override could reorder what the auditor reads.
 * Allow-list by Unicode category: letters, marks (Vietnamese tone marks), numbers, punctuation, symbols and the space
 * separator pass; every control (C0, DEL, C1), format character (bidi overrides and isolates, zero-width characters),
 * line or paragraph separator, private-use, unassigned or lone surrogate code point is dropped.
 */
public final class TerminalText {

  private TerminalText() {}

  /** Whether a code point may reach the terminal as it is (newline and tab are decided by the caller). */
  public static boolean printable(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER,
          Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL,
          Character.SPACE_SEPARATOR -> true;
      default -> false;
    };
  }

  /** The text with newlines and tabs kept and every other non-printable code point removed. */
  public static String clean(String text) {
    return filter(text, false);
  }

  /** The text for one line of a table: newlines and tabs become spaces, other non-printables are removed. */
  public static String inline(String text) {
    return filter(text, true);
  }

  private static String filter(String text, boolean oneLine) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\n' || cp == '\t') {
        out.append(oneLine ? ' ' : (char) cp);
      } else if (printable(cp)) {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }
}
