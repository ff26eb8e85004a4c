package vn.parindex.shared;

/**
 * Fired once at start-up after the schema migrations have run, so that capabilities can seed an
 * empty database without knowing how the schema is managed.
 */
public record DatabaseReady() {}
