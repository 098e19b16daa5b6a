package vn.qcdc.dossier;

import java.text.NumberFormat;
import java.util.Locale;

/** Counts written for people: Vietnamese groups thousands with a dot (12.345), English with a comma (12,345). */
public final class Amounts {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private Amounts() {}

  public static String vi(long amount) {
    return NumberFormat.getIntegerInstance(VIETNAMESE).format(amount);
  }

  public static String en(long amount) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(amount);
  }
}
