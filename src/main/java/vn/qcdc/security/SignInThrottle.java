package vn.qcdc.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Limits password guessing on both sign-in paths, the API's HTTP Basic and the pages' form, in memory (one instance;
 * several instances would each keep their own counts). Defaults ({@code qcdc.security.sign-in.*}):
 * <ul>
 *   <li>5 failures of one user name from one address in 15 minutes refuse that pair for 15 minutes, even with the
 *       right password: room for typing mistakes, far too few for guessing;</li>
 *   <li>20 failures from one address in 15 minutes, whatever the user names, refuse the address for 15 minutes: a
 *       commune office behind one router can afford a few typing mistakes per person, a sprayer of user names
 *       cannot go on;</li>
 *   <li>10 failures of one user name from all addresses in 15 minutes refuse that name for 15 minutes, but only from
 *       addresses where it has not signed in successfully in the last 30 days: guessing spread over many addresses
 *       gets 10 tries per quarter hour, while the chairman, at the office or at home, can still sign in.</li>
 * </ul>
 * So an attacker cannot lock the chairman out: a refusal never outlasts its window (refused attempts are not
 * counted), and the refusal by name alone spares the addresses the chairman uses. A successful sign-in resets the
 * counts of its user name (not those of its address, or one's own account would reset a spray). IPv6 addresses are
 * counted by their /64 network, which one subscriber usually holds whole.
 */
public final class SignInThrottle {

  /** A user name is at most 100 characters (UserRequest); longer ones are cut, so each key stays small. */
  private static final int MAX_NAME = 100;

  private final FailureCounter byUserAndAddress;
  private final FailureCounter byAddress;
  private final FailureCounter byUser;
  private final Cache<String, Boolean> knownAddresses;

  SignInThrottle(SecurityProperties.SignIn limits, Clock clock) {
    byUserAndAddress = new FailureCounter(limits.perUserAndAddress(), limits.window(), limits.tracked(), clock);
    byAddress = new FailureCounter(limits.perAddress(), limits.window(), limits.tracked(), clock);
    byUser = new FailureCounter(limits.perUser(), limits.window(), limits.tracked(), clock);
    knownAddresses = Caffeine.newBuilder().maximumSize(limits.tracked())
        .expireAfterWrite(limits.knownAddressMemory())
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
  }

  /** How much longer a sign-in as {@code username} from {@code remoteAddress} is refused; empty when it is not. */
  public Optional<Duration> refusal(String username, String remoteAddress) {
    String user = user(username);
    String address = network(remoteAddress);
    Optional<Duration> byName = knownAddresses.getIfPresent(pair(user, address)) != null
        ? Optional.empty() : byUser.refusedFor(user);
    return Stream.of(byUserAndAddress.refusedFor(pair(user, address)), byAddress.refusedFor(address), byName)
        .flatMap(Optional::stream).max(Duration::compareTo);
  }

  void failed(String username, String remoteAddress) {
    String user = user(username);
    String address = network(remoteAddress);
    byUserAndAddress.failed(pair(user, address));
    byAddress.failed(address);
    byUser.failed(user);
  }

  void succeeded(String username, String remoteAddress) {
    String user = user(username);
    String address = network(remoteAddress);
    byUserAndAddress.reset(pair(user, address));
    byUser.reset(user);
    knownAddresses.put(pair(user, address), Boolean.TRUE);
  }

  /** User names and addresses remembered by the largest counter, for the test that memory stays bounded. */
  long tracked() {
    return Math.max(byUserAndAddress.size(), Math.max(byAddress.size(), byUser.size()));
  }

  private static String user(String username) {
    String name = username == null ? "" : username;
    return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
  }

  private static String pair(String user, String address) {
    return user + "\u0000" + address;
  }

  /** The address as counted: IPv4 as it is, IPv6 by its /64 network. */
  static String network(String remoteAddress) {
    if (remoteAddress == null || !remoteAddress.contains(":")) {
      return String.valueOf(remoteAddress);
    }
    try {
      byte[] bytes = InetAddress.getByName(remoteAddress).getAddress(); // a literal: no name lookup
      if (bytes.length != 16) {
        return remoteAddress;
      }
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
      }
      return prefix.append(":/64").toString();
    } catch (UnknownHostException e) {
      return remoteAddress;
    }
  }
}
