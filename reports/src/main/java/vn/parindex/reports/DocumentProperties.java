package vn.parindex.reports;

/**
 * What a document says of itself in its properties (the PDF's XMP metadata and information
 * dictionary, the DOCX's and XLSX's core properties): an archive files and finds it by these.
 *
 * @param author the issuing body, as the document is signed for it
 */
record DocumentProperties(String title, String author, String subject, String keywords) {
  /** The product's name as the producing application. */
  static final String APPLICATION = "Chỉ số CCHC";
}
