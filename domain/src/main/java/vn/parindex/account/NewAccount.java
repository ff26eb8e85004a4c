package vn.parindex.account;

import java.util.List;

/**
 * What an admin enters to open an account; a null password means "generate a one-time one". Roles
 * come as names, so that an unknown one is reported with every other problem of the request.
 */
public record NewAccount(
    String username,
    String fullName,
    String email,
    String unitCode,
    List<String> roles,
    String password) {}
