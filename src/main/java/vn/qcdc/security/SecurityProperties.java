package vn.qcdc.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code qcdc.security.*}).
 *
 * @param bcryptStrength password hashing cost (tests lower it to stay fast)
 * @param allowRoot whether the service may run as root (uid 0); read at start-up by {@link RootRefusal}
 */
@ConfigurationProperties("qcdc.security")
public record SecurityProperties(@DefaultValue("10") int bcryptStrength, @DefaultValue("false") boolean allowRoot) {}
