package vn.parindex.campaign;

/** A focal pair as a unit nominates it. */
public record Nomination(Person leader, Person officer) {}
