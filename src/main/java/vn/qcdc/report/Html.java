package vn.qcdc.report;

/** A small XHTML writer: every text goes through {@link #text} and is escaped; elements are well-formed. */
final class Html {

  private final StringBuilder out = new StringBuilder(64 * 1024);

  /** Escapes text for element content and attribute values, in NFC. */
  static String escape(String s) {
    String t = Vietnamese.nfc(s);
    StringBuilder b = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Opens an element with an optional class. */
  Html open(String tag, String cssClass) {
    out.append('<').append(tag);
    if (cssClass != null) {
      out.append(" class=\"").append(cssClass).append('"');
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** A whole element holding escaped text. */
  Html element(String tag, String cssClass, String text) {
    return open(tag, cssClass).text(text).close(tag);
  }

  Html text(String s) {
    out.append(escape(s));
    return this;
  }

  /** Markup written by this package, never text from the evaluation. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
