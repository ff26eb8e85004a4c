package vn.parindex.reports;

import java.io.ByteArrayOutputStream;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.HtmlExporter;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleHtmlExporterOutput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Exports a document's parts as one file: PDF (PDF/A-1b), DOCX, XLSX or the HTML preview, each with
 * the document's properties.
 */
final class DocumentExport {
  private DocumentExport() {}

  /**
   * One file of the parts in order, each part on new pages with its own page numbers; in a workbook
   * each part is a sheet named after the part ({@link JasperPrint#setName}).
   */
  static byte[] export(
      List<JasperPrint> parts, ReportFormat format, DocumentProperties properties) {
    try {
      return exportParts(parts, format, properties);
    } catch (JRException e) {
      throw new IllegalStateException("The document could not be exported as " + format, e);
    }
  }

  private static byte[] exportParts(
      List<JasperPrint> parts, ReportFormat format, DocumentProperties properties)
      throws JRException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExporterInput input = SimpleExporterInput.getInstance(parts);
    SimpleOutputStreamExporterOutput output = new SimpleOutputStreamExporterOutput(out);
    switch (format) {
      case PDF -> {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setConfiguration(archival(properties));
        exporter.setExporterInput(input);
        exporter.setExporterOutput(output);
        exporter.exportReport();
      }
      case DOCX -> {
        JRDocxExporter exporter = new JRDocxExporter();
        SimpleDocxExporterConfiguration configuration = new SimpleDocxExporterConfiguration();
        configuration.setMetadataTitle(properties.title());
        configuration.setMetadataAuthor(properties.author());
        configuration.setMetadataSubject(properties.subject());
        configuration.setMetadataKeywords(properties.keywords());
        configuration.setMetadataApplication(DocumentProperties.APPLICATION);
        exporter.setConfiguration(configuration);
        exporter.setExporterInput(input);
        exporter.setExporterOutput(output);
        exporter.exportReport();
      }
      case HTML -> {
        HtmlExporter exporter = new HtmlExporter();
        exporter.setExporterInput(input);
        exporter.setExporterOutput(new SimpleHtmlExporterOutput(out, "UTF-8"));
        exporter.exportReport();
      }
      case XLSX -> {
        JRXlsxExporter exporter = new JRXlsxExporter();
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setSheetNames(
            parts.stream().map(DocumentExport::sheetName).toArray(String[]::new));
        exporter.setConfiguration(configuration);
        exporter.setConfiguration(workbookProperties(properties));
        exporter.setExporterInput(input);
        exporter.setExporterOutput(output);
        exporter.exportReport();
      }
    }
    return out.toByteArray();
  }

  /**
   * PDF/A-1b, the format TCVN 14159-1:2024 adopts for electronic documents kept long term: fonts
   * embedded (the Liberation fonts are), XMP metadata with the document's properties, and the sRGB
   * output intent.
   */
  private static SimplePdfExporterConfiguration archival(DocumentProperties properties) {
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_1B);
    configuration.setIccProfilePath(SrgbProfile.path());
    configuration.setMetadataTitle(properties.title());
    configuration.setMetadataAuthor(properties.author());
    configuration.setMetadataSubject(properties.subject());
    configuration.setMetadataKeywords(properties.keywords());
    configuration.setMetadataCreator(DocumentProperties.APPLICATION);
    configuration.setDisplayMetadataTitle(true);
    return configuration;
  }

  private static SimpleXlsxExporterConfiguration workbookProperties(DocumentProperties properties) {
    SimpleXlsxExporterConfiguration configuration = new SimpleXlsxExporterConfiguration();
    configuration.setMetadataTitle(properties.title());
    configuration.setMetadataAuthor(properties.author());
    configuration.setMetadataSubject(properties.subject());
    configuration.setMetadataKeywords(properties.keywords());
    configuration.setMetadataApplication(DocumentProperties.APPLICATION);
    return configuration;
  }

  /** A workbook's sheet name: at most 31 characters, none of : \ / ? * [ ]. */
  private static String sheetName(JasperPrint part) {
    String name = part.getName().replaceAll("[:\\\\/?*\\[\\]]", " ");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }
}
