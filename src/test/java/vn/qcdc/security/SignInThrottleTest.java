package vn.qcdc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** The limits of sign-in throttling, on a clock the test moves: 5 per user and address, 20 per address, 10 per user. */
class SignInThrottleTest {

  static final String OFFICE = "10.0.0.7";
  static final String ELSEWHERE = "203.0.113.9";

  final MovingClock clock = new MovingClock();
  final SignInThrottle throttle = new SignInThrottle(limits(100_000), clock);

  @Test
  void theFifthFailureOfAUserFromOneAddressRefusesThatPairForFifteenMinutes() {
    fail("chairman", OFFICE, 4);
    assertThat(throttle.refusal("chairman", OFFICE)).isEmpty();

    fail("chairman", OFFICE, 1);

    assertThat(throttle.refusal("chairman", OFFICE)).hasValue(Duration.ofMinutes(15));
    assertThat(throttle.refusal("chairman", ELSEWHERE)).isEmpty();
    assertThat(throttle.refusal("auditor", OFFICE)).isEmpty();
  }

  @Test
  void aRefusalEndsAfterFifteenMinutesAndItsEndIsNotPushedBack() {
    fail("chairman", OFFICE, 5);

    clock.advance(Duration.ofMinutes(14));
    assertThat(throttle.refusal("chairman", OFFICE)).hasValue(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));

    assertThat(throttle.refusal("chairman", OFFICE)).isEmpty();
    fail("chairman", OFFICE, 4);
    assertThat(throttle.refusal("chairman", OFFICE)).isEmpty();
  }

  @Test
  void failuresOlderThanTheWindowAreForgotten() {
    fail("chairman", OFFICE, 4);
    clock.advance(Duration.ofMinutes(16));

    fail("chairman", OFFICE, 1);

    assertThat(throttle.refusal("chairman", OFFICE)).isEmpty();
  }

  @Test
  void twentyFailuresFromOneAddressRefuseEveryUserNameFromIt() {
    for (int i = 0; i < 19; i++) {
      fail("guess" + i, ELSEWHERE, 1);
    }
    assertThat(throttle.refusal("chairman", ELSEWHERE)).isEmpty();

    fail("guess19", ELSEWHERE, 1);

    assertThat(throttle.refusal("chairman", ELSEWHERE)).hasValue(Duration.ofMinutes(15));
    assertThat(throttle.refusal("chairman", OFFICE)).isEmpty();
  }

  @Test
  void aSuccessResetsTheCountsOfItsUserButNotOfItsAddress() {
    fail("chairman", OFFICE, 4);
    for (int i = 0; i < 15; i++) {
      fail("guess" + i, OFFICE, 1);
    }

    throttle.succeeded("chairman", OFFICE);
    fail("chairman", OFFICE, 1);

    assertThat(throttle.refusal("chairman", OFFICE)).as("20 failures from the office").isPresent();
    assertThat(throttle.refusal("chairman", ELSEWHERE)).isEmpty();
  }

  @Test
  void aSuccessLetsTheUserFailFourMoreTimes() {
    fail("chairman", OFFICE, 4);
    throttle.succeeded("chairman", OFFICE);

    fail("chairman", OFFICE, 4);

    assertThat(throttle.refusal("chairman", OFFICE)).isEmpty();
  }

  @Test
  void tenFailuresFromManyAddressesRefuseTheNameFromNewAddressesButNotWhereItSignedInBefore() {
    throttle.succeeded("chairman", OFFICE);
    for (int i = 1; i <= 9; i++) {
      fail("chairman", "198.51.100." + i, 1);
    }
    assertThat(throttle.refusal("chairman", "192.0.2.1")).isEmpty();

    fail("chairman", "198.51.100.10", 1);

    assertThat(throttle.refusal("chairman", "192.0.2.1")).hasValue(Duration.ofMinutes(15));
    assertThat(throttle.refusal("chairman", OFFICE)).as("the chairman's office").isEmpty();
  }

  @Test
  void sprayingUserNamesFromManyAddressesKeepsMemoryBounded() {
    SignInThrottle small = new SignInThrottle(limits(1_000), clock);

    for (int i = 0; i < 30_000; i++) {
      small.failed("name-" + i, "198.51." + (i / 250 % 250) + "." + (i % 250));
    }

    assertThat(small.tracked()).isLessThanOrEqualTo(1_000);
  }

  @Test
  void ipv6AddressesAreCountedByTheirNetwork() {
    assertThat(SignInThrottle.network("2001:db8:1:2:aaaa::1")).isEqualTo(SignInThrottle.network("2001:db8:1:2::b"))
        .isEqualTo("2001:db8:1:2::/64");
    assertThat(SignInThrottle.network("2001:db8:1:3::1")).isNotEqualTo(SignInThrottle.network("2001:db8:1:2::1"));
    assertThat(SignInThrottle.network(OFFICE)).isEqualTo(OFFICE);

    fail("chairman", "2001:db8:1:2::1", 3);
    fail("chairman", "2001:db8:1:2::2", 2);

    assertThat(throttle.refusal("chairman", "2001:db8:1:2:ffff::9")).isPresent();
  }

  @Test
  void thePageNamesTheWholeMinutesLeftRoundedUp() {
    MockHttpSession session = new MockHttpSession();
    session.setAttribute(SignInLockout.UNTIL, clock.instant().plus(Duration.ofSeconds(14 * 60 + 1)));

    assertThat(SignInLockout.minutesLeft(session, clock)).hasValue(15L);
    clock.advance(Duration.ofMinutes(15));
    assertThat(SignInLockout.minutesLeft(session, clock)).isEmpty();
    assertThat(SignInLockout.minutesLeft(null, clock)).isEmpty();
  }

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }

  private static SecurityProperties.SignIn limits(int tracked) {
    return new SecurityProperties.SignIn(5, 20, 10, Duration.ofMinutes(15), Duration.ofDays(30), tracked);
  }

  /** A clock that moves only when told. */
  static final class MovingClock extends Clock {

    private Instant now = Instant.parse("2026-03-02T08:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
