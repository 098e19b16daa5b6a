package vn.qcdc.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Password hashing cost ({@code qcdc.security.bcrypt-strength}; tests lower it to stay fast). */
@ConfigurationProperties("qcdc.security")
public record SecurityProperties(@DefaultValue("10") int bcryptStrength) {}
