package vn.parindex.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * An empty signature field named {@value #NAME} over the signature block's blank lines: the signing
 * tools of the government's digital signature service sign into a named empty field, so the
 * signature's image lands between the signer's title and name instead of wherever the clerk drops
 * it.
 */
final class SignatureField {
  /** The field's name, as the signing tool lists it. */
  static final String NAME = "ChuKyNguoiKy";

  private SignatureField() {}

  static byte[] add(byte[] pdf, SignaturePlace place) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDAcroForm form = new PDAcroForm(document);
      document.getDocumentCatalog().setAcroForm(form);
      PDSignatureField field = new PDSignatureField(form);
      field.setPartialName(NAME);
      PDPage page = document.getPage(place.page());
      float top = page.getMediaBox().getUpperRightY() - place.y();
      PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(
          new PDRectangle(place.x(), top - place.height(), place.width(), place.height()));
      widget.setPage(page);
      widget.setAppearance(emptyAppearance(document, place));
      // PDF/A asks every annotation to print and be seen.
      widget.setPrinted(true);
      page.getAnnotations().add(widget);
      form.getFields().add(field);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
      // Without object streams, which PDF/A-1 (PDF 1.4) does not know.
      document.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The signature field could not be added", e);
    }
  }

  /**
   * PDF/A asks every field for an appearance; an unsigned field's is empty (the signing tool
   * replaces it with the signature's image).
   */
  private static PDAppearanceDictionary emptyAppearance(PDDocument document, SignaturePlace place) {
    PDAppearanceStream stream = new PDAppearanceStream(document);
    stream.setBBox(new PDRectangle(place.width(), place.height()));
    stream.setResources(new PDResources());
    PDAppearanceDictionary appearance = new PDAppearanceDictionary();
    appearance.setNormalAppearance(stream);
    return appearance;
  }
}
