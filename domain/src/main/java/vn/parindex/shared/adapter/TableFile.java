package vn.parindex.shared.adapter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.shared.CsvReader;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/**
 * An uploaded table, CSV or XLSX, told apart by its content rather than its name or declared type:
 * an XLSX is a ZIP archive, anything else is read as UTF-8 CSV. Either way it becomes records of
 * cell texts, the header first, for the import that knows its columns.
 */
public final class TableFile {
  private TableFile() {}

  public static List<List<String>> records(byte[] content) {
    if (isZip(content)) {
      return xlsxRecords(new ByteArrayInputStream(content));
    }
    try {
      return CsvReader.read(
          new BufferedReader(
              new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first sheet's rows as texts (as Excel shows them), trailing empty cells dropped. */
  public static List<List<String>> xlsxRecords(InputStream in) {
    try (Workbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<List<String>> records = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
          }
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
          cells.remove(cells.size() - 1);
        }
        records.add(cells);
      }
      return records;
    } catch (IOException | RuntimeException e) {
      throw InvalidInputException.of(Violation.ofCell(1, null, "framework.xlsx.unreadable"));
    }
  }

  public static boolean isZip(byte[] content) {
    return content.length >= 4
        && content[0] == 'P'
        && content[1] == 'K'
        && content[2] == 3
        && content[3] == 4;
  }
}
