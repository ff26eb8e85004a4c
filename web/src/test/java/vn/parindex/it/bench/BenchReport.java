package vn.parindex.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's figures as Markdown tables, and p95 against units as an SVG chart. */
final class BenchReport {
  private static final int CHART_USERS = 50;
  private static final String[] COLOURS = {
    "#1b5e20", "#0d47a1", "#b71c1c", "#4a148c", "#e65100", "#006064", "#3e2723", "#880e4f",
    "#33691e", "#263238", "#827717"
  };

  private BenchReport() {}

  static void write(List<ScaleFigures> all, List<Integer> users, Path out) throws IOException {
    StringBuilder md = new StringBuilder("# Benchmark figures\n\n");
    for (ScaleFigures f : all) {
      md.append(markdown(f)).append('\n');
    }
    Files.writeString(out.resolve("figures.md"), md, StandardCharsets.UTF_8);
    int chartUsers = users.contains(CHART_USERS) ? CHART_USERS : users.get(users.size() - 1);
    Files.writeString(
        out.resolve("p95-by-units.svg"), svg(all, chartUsers), StandardCharsets.UTF_8);
  }

  static String markdown(ScaleFigures f) {
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "## %s%n%n", f.scale));
    md.append(
        String.format(
            Locale.ROOT,
            "Data made through the API in %.0f s; start-up to ready %d ms; RSS %d MB idle, %d MB after"
                + " load; finalise and publish %d ms; heap growth during a %d MB upload: live"
                + " %d MB (all %d MB), during its download: %d MB (all %d MB), during the download"
                + " of its unit's evidence bundle: %d MB (all %d MB), during the download of the"
                + " campaign's bundle for the Ministry (the file in five leaves' folders, %d MB"
                + " zipped): %d MB (all %d MB).%n%n",
            f.dataSeconds,
            f.readyMillis,
            f.rssIdleMb,
            f.rssLoadedMb,
            f.publishMillis,
            BigFile.MEGABYTES,
            f.uploadHeap.liveMb(),
            f.uploadHeap.allMb(),
            f.downloadHeap.liveMb(),
            f.downloadHeap.allMb(),
            f.bundleHeap.liveMb(),
            f.bundleHeap.allMb(),
            f.campaignBundleMb,
            f.campaignBundleHeap.liveMb(),
            f.campaignBundleHeap.allMb()));
    md.append(
        "| request | SQL | users | req/s | p50 ms | p95 ms | p99 ms | errors | p95 / floor |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Map<Integer, Load>> target : f.loads.entrySet()) {
      for (Map.Entry<Integer, Load> point : target.getValue().entrySet()) {
        Load l = point.getValue();
        if (l.requests() == 0) {
          md.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %s | %d | 0 | no answer | | | all | |%n",
                  target.getKey(),
                  f.statements.getOrDefault(target.getKey(), 0),
                  point.getKey()));
          continue;
        }
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %.1f |%n",
                target.getKey(),
                f.statements.getOrDefault(target.getKey(), 0),
                point.getKey(),
                l.perSecond(),
                l.p50(),
                l.p95(),
                l.p99(),
                l.errors(),
                l.p95() / f.floorP95(point.getKey())));
      }
    }
    return md.toString();
  }

  private static final int WIDTH = 760;
  private static final int HEIGHT = 420;
  private static final int LEFT = 70;
  private static final int RIGHT = 210;
  private static final int TOP = 30;
  private static final int BOTTOM = 50;

  /** One line a request, p95 at {@code users} against the number of units (log scale). */
  private static String svg(List<ScaleFigures> all, int users) {
    double maxP95 = 1;
    double minUnits = Double.MAX_VALUE;
    double maxUnits = 1;
    for (ScaleFigures f : all) {
      minUnits = Math.min(minUnits, f.scale.units());
      maxUnits = Math.max(maxUnits, f.scale.units());
      for (Map<Integer, Load> points : f.loads.values()) {
        if (points.get(users).requests() > 0) {
          maxP95 = Math.max(maxP95, points.get(users).p95());
        }
      }
    }
    Axis x =
        new Axis(Math.log10(minUnits), Math.max(Math.log10(maxUnits) - Math.log10(minUnits), 1e-9));
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                    + "font-family=\"sans-serif\" font-size=\"12\">%n"
                    + "<text x=\"%d\" y=\"18\">p95 (ms) at %d users against units</text>%n"
                    + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>%n"
                    + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>%n"
                    + "<text x=\"5\" y=\"%d\">%.0f</text><text x=\"5\" y=\"%d\">0</text>%n",
                WIDTH,
                HEIGHT,
                LEFT,
                users,
                LEFT,
                TOP,
                LEFT,
                HEIGHT - BOTTOM,
                LEFT,
                HEIGHT - BOTTOM,
                WIDTH - RIGHT,
                HEIGHT - BOTTOM,
                TOP + 4,
                maxP95,
                HEIGHT - BOTTOM));
    for (ScaleFigures f : all) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.0f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
              x.at(f.scale.units(), all.size()),
              HEIGHT - BOTTOM + 18,
              f.scale.units()));
    }
    int colour = 0;
    for (String target : all.get(0).loads.keySet()) {
      svg.append(line(all, target, users, x, maxP95, colour++));
    }
    return svg.append("</svg>\n").toString();
  }

  /** Where a number of units falls on the horizontal axis. */
  private record Axis(double logMin, double span) {
    double at(int units, int scales) {
      double plot = WIDTH - LEFT - RIGHT;
      return LEFT + (scales == 1 ? 0 : (Math.log10(units) - logMin) / span * plot);
    }
  }

  private static String line(
      List<ScaleFigures> all, String target, int users, Axis x, double maxP95, int colour) {
    String stroke = COLOURS[colour % COLOURS.length];
    StringBuilder points = new StringBuilder();
    StringBuilder svg = new StringBuilder();
    for (ScaleFigures f : all) {
      Load load = f.loads.get(target).get(users);
      // A request with no answer is drawn at the top: slower than anything measured.
      double p95 = load.requests() == 0 ? maxP95 : load.p95();
      double px = x.at(f.scale.units(), all.size());
      double py = HEIGHT - BOTTOM - p95 / maxP95 * (HEIGHT - TOP - BOTTOM);
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n",
              px,
              py,
              stroke));
    }
    return svg.append(
            String.format(
                Locale.ROOT,
                "<polyline fill=\"none\" stroke=\"%s\" points=\"%s\"/>%n"
                    + "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n",
                stroke,
                points.toString().trim(),
                WIDTH - RIGHT + 10,
                TOP + 16 * colour,
                stroke,
                target))
        .toString();
  }
}
