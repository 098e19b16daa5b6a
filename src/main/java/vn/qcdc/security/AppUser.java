package vn.qcdc.security;

/** A stored user: the bcrypt hash of the password, one role, and the commune of a chairman. */
public record AppUser(String username, String passwordHash, Role role, String communeCode, boolean enabled) {}
