package vn.qcdc.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds users in the {@code app_user} table. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

  private final UserRepository users;

  DatabaseUserDetailsService(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return users.find(username).map(SignedInUser::new)
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}
