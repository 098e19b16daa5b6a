package vn.qcdc.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code qcdc.security.*}).
 *
 * @param bcryptStrength password hashing cost (tests lower it to stay fast)
 * @param allowRoot whether the service may run as root (uid 0); read at start-up by {@link RootRefusal}
 * @param signIn the limits of {@link SignInThrottle}
 */
@ConfigurationProperties("qcdc.security")
public record SecurityProperties(
    @DefaultValue("10") int bcryptStrength,
    @DefaultValue("false") boolean allowRoot,
    @DefaultValue SignIn signIn) {

  /**
   * Sign-in throttling ({@code qcdc.security.sign-in.*}); see {@link SignInThrottle} for why these numbers.
   *
   * @param perUserAndAddress failed sign-ins of one user name from one address before that pair is refused
   * @param perAddress failed sign-ins from one address, whatever the user names, before the address is refused
   * @param perUser failed sign-ins of one user name from all addresses before it is refused from addresses where
   *     it has not signed in successfully lately
   * @param window how long failures are counted, and how long a refusal lasts
   * @param knownAddressMemory how long an address where a user signed in stays known for that user
   * @param tracked most user names, addresses and pairs remembered by each counter (memory stays bounded)
   */
  public record SignIn(
      @DefaultValue("5") int perUserAndAddress,
      @DefaultValue("20") int perAddress,
      @DefaultValue("10") int perUser,
      @DefaultValue("15m") Duration window,
      @DefaultValue("30d") Duration knownAddressMemory,
      @DefaultValue("100000") int tracked) {}
}
