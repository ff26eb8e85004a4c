package vn.parindex.web.shell;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Downloads: file names Vietnamese for browsers that read RFC 5987, plain ASCII otherwise; stored
 * files streamed.
 */
public final class Downloads {
  private Downloads() {}

  /**
   * A stored file as an attachment, streamed from {@code content} and closed once sent, never held
   * whole in memory.
   *
   * @param size the length in bytes, when known (a browser then shows the download's progress)
   */
  public static Response stored(InputStream content, String type, String fileName, Long size) {
    StreamingOutput body =
        out -> {
          try (InputStream in = content) {
            in.transferTo(out);
          }
        };
    Response.ResponseBuilder response = attachment(body, type, fileName);
    return (size == null ? response : response.header(HttpHeaders.CONTENT_LENGTH, size)).build();
  }

  /** A body the browser saves as {@code fileName} rather than shows. */
  public static Response.ResponseBuilder attachment(Object body, String type, String fileName) {
    return Response.ok(body, type)
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName));
  }

  public static String contentDisposition(String fileName) {
    String ascii =
        Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
