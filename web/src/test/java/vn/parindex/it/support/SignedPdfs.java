package vn.parindex.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Signs a PDF the way a signing tool does, incrementally, into a signature dictionary whose byte
 * ranges cover the file. The "signature" is the SHA-256 of the signed bytes, not a certificate's:
 * the application checks that a copy is signed and unaltered, not whose certificate signed it.
 */
public final class SignedPdfs {
  private SignedPdfs() {}

  public static byte[] sign(byte[] pdf, String signer) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
      signature.setName(signer);
      signature.setSignDate(Calendar.getInstance());
      document.addSignature(signature, content -> sha256(content.readAllBytes()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The SHA-256 of {@code bytes} in hexadecimal, as the application records it. */
  public static String sha256Hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte b : sha256(bytes)) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
