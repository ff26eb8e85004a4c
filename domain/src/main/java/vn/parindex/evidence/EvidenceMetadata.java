package vn.parindex.evidence;

import java.time.LocalDate;

/** What the official record says of a document: "520/KH-UBND", its date, issuer, cited part. */
public record EvidenceMetadata(String number, LocalDate date, String issuer, String citation) {}
