package vn.parindex.account;

/**
 * An account together with the one-time password generated for it, which is shown to the admin once
 * and never stored in clear.
 */
public record IssuedAccount(Account account, String oneTimePassword) {}
