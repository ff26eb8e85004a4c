package vn.parindex.it.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import vn.parindex.it.support.MultipartBody;
import vn.parindex.it.support.RunningApp;

/**
 * A 100 MB scanned dossier uploaded as evidence to the unit still at work, then downloaded alone
 * and in the unit's evidence bundle (a ZIP), while the application's heap is watched: all three
 * must stream, not hold the file.
 */
final class BigFile {
  static final int MEGABYTES = 100;

  private BigFile() {}

  static void measure(RunningApp app, BenchCampaign c, JvmProbe jvm, ScaleFigures figures)
      throws IOException, InterruptedException {
    String leaf = c.leaves().get(0);
    String path =
        "/api/campaigns/" + c.atWork() + "/subjects/" + c.workingUnit() + "/scores/" + leaf;
    MultipartBody body =
        MultipartBody.of(
            Map.of("number", "100/HS-" + c.workingUnit()), "ho-so.pdf", "application/pdf", pdf());
    byte[][] uploaded = new byte[1][];
    figures.uploadHeap =
        jvm.heapGrowth(
            () ->
                uploaded[0] =
                    BenchCampaign.expect(
                            app.sendBytes(
                                "POST",
                                path + "/evidence",
                                body.contentType(),
                                body.bytes(),
                                RunningApp.HELPER_ADMIN,
                                RunningApp.HELPER_PASSWORD))
                        .body());
    long document = RunningApp.idOf(new String(uploaded[0], StandardCharsets.UTF_8));
    String content = "/api/campaigns/" + c.atWork() + "/evidence/" + document + "/content";
    figures.downloadHeap = jvm.heapGrowth(() -> download(app, content));
    String bundle = "/api/campaigns/" + c.atWork() + "/evidence/bundle?unit=" + c.workingUnit();
    figures.bundleHeap = jvm.heapGrowth(() -> download(app, bundle));
    // The same dossier backing four more leaves: the campaign's bundle for the Ministry holds it in
    // each leaf's folder, five times its size, and must stream as well.
    for (String other : c.leaves().subList(1, 5)) {
      String link =
          "/api/campaigns/" + c.atWork() + "/subjects/" + c.workingUnit() + "/scores/" + other;
      BenchCampaign.expect(
          app.sendBytes(
              "POST",
              link + "/evidence/" + document,
              null,
              null,
              RunningApp.HELPER_ADMIN,
              RunningApp.HELPER_PASSWORD));
    }
    String whole = "/api/campaigns/" + c.atWork() + "/evidence-bundle";
    long[] bytes = new long[1];
    figures.campaignBundleHeap = jvm.heapGrowth(() -> bytes[0] = download(app, whole));
    figures.campaignBundleMb = bytes[0] / (1024 * 1024);
  }

  /** Downloads {@code content}, counting its bytes as they arrive and keeping none. */
  private static long download(RunningApp app, String content) {
    String token = RunningApp.HELPER_ADMIN + ":" + RunningApp.HELPER_PASSWORD;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(app.url(content)))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))
            .build();
    try {
      HttpResponse<InputStream> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new IllegalStateException("Download of " + content + ": " + response.statusCode());
        }
        return body.transferTo(OutputStream.nullOutputStream());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A PDF of {@value #MEGABYTES} MB: a header, a long stream of page data, a trailer. */
  private static byte[] pdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(MEGABYTES * 1024 * 1024 + 1024);
    out.writeBytes(
        "%PDF-1.4\n1 0 obj << /Length 0 >> stream\n".getBytes(StandardCharsets.US_ASCII));
    byte[] line =
        "0 0 0 rg 0 0 595 842 re f % trang quét của hồ sơ\n".getBytes(StandardCharsets.UTF_8);
    while (out.size() < MEGABYTES * 1024 * 1024) {
      out.writeBytes(line);
    }
    out.writeBytes(
        "endstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
