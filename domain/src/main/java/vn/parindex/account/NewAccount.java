package vn.parindex.account;

import java.util.Set;

/** What an admin enters to open an account; a null password means "generate a one-time one". */
public record NewAccount(
    String username,
    String fullName,
    String email,
    String unitCode,
    Set<Role> roles,
    String password) {}
