package vn.parindex.organisation;

/** The outcome of loading a unit list: how many codes were new and how many were updated. */
public record UnitImport(int added, int updated) {}
