package vn.parindex.evidence;

/** A file in evidence storage, known by its content: SHA-256 (hex), size and detected type. */
public record StoredFile(String sha256, long size, String contentType) {}
