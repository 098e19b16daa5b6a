package vn.qcdc.report;

import java.text.Normalizer;

/** Text as the reports' embedded font needs it (the wording itself is {@link Wording}'s). */
final class Vietnamese {

  private Vietnamese() {}

  /** Precomposed text (NFC): the font has a glyph for every precomposed Vietnamese letter. */
  static String nfc(String s) {
    return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** The first 12 characters of a hash, as the report cites it. */
  static String shortHash(String hash) {
    return hash == null ? "—" : hash.substring(0, Math.min(12, hash.length()));
  }
}
