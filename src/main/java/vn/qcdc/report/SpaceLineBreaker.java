package vn.qcdc.report;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Line breaks at spaces only. Vietnamese separates every syllable with a space, so this is all the text needs; the
 * default breakers also break inside "31/01/2025", "10/2022/QH15" and "4,00", which a reader must not see.
 */
final class SpaceLineBreaker implements FSTextBreaker {

  private String text = "";
  private int position;

  @Override
  public void setText(String newText) {
    text = newText == null ? "" : newText;
    position = 0;
  }

  @Override
  public int next() {
    if (position >= text.length()) {
      return -1;
    }
    int i = position;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    position = i;
    return i;
  }
}
