package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** An exact fraction: part points stay exact until the criterion is rounded once (profile §3.4). */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

  public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

  public Ratio {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  public static Ratio of(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() <= 0 ? new Ratio(v.toBigIntegerExact(), BigInteger.ONE)
        : new Ratio(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
  }

  /** {@code max × part ÷ whole}, exactly. */
  public static Ratio share(BigDecimal max, long part, long whole) {
    return of(max).times(new Ratio(BigInteger.valueOf(part), BigInteger.valueOf(whole)));
  }

  public Ratio plus(Ratio o) {
    return new Ratio(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  public Ratio times(Ratio o) {
    return new Ratio(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  /** Rounded half-up to 2 decimals, the only rounding the profile allows. */
  public BigDecimal toPoints() {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Ratio o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }
}
