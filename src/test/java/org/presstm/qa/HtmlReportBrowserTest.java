package org.presstm.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless browser (Debian's chromium): it loads without script errors, and the
 * filters, driven through the URL fragment (as a shared link would) and through the controls (as a user
 * would), show just the findings they select. One browser run opens the report in several frames of a small
 * harness page, which writes what each frame shows into its own DOM for {@code --dump-dom}. Skipped, with a
 * message, where chromium is not installed.
 */
class HtmlReportBrowserTest {
    private static final Pattern RESULT = Pattern.compile("<li id=\"v(\\d+)\">([^<]*)</li>");
    private static final Map<String, String> VIEWS = new LinkedHashMap<>();
    private static Map<String, String> seen;
    private static Report report;

    @TempDir
    static Path dir;

    static {
        VIEWS.put("all", "");
        VIEWS.put("check", "#check=numbers.missing");
        VIEWS.put("category", "#check=numbers");
        VIEWS.put("warnings", "#severity=warning");
        VIEWS.put("warnings-rel-2", "#severity=warning&document=rel-2");
        VIEWS.put("info-rel-2", "#severity=info&document=rel-2");
        VIEWS.put("clicked", "?click");
    }

    @BeforeAll
    static void openInBrowser() throws IOException, InterruptedException {
        String chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").stream()
                .filter(c -> Files.isExecutable(Path.of(c))).findFirst().orElse(null);
        assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium): "
                + "the HTML report is not tested in a browser");
        report = ReportWritersTest.sample();
        Files.writeString(dir.resolve("report.html"), ReportWritersTest.write(ReportFormat.HTML, report), StandardCharsets.UTF_8);
        Path harness = Files.writeString(dir.resolve("harness.html"), harness(), StandardCharsets.UTF_8);
        List<String> cmd = List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--allow-file-access-from-files", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--dump-dom", harness.toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium did not finish");
        seen = new LinkedHashMap<>();
        Matcher m = RESULT.matcher(dom);
        List<String> names = new ArrayList<>(VIEWS.keySet());
        while (m.find()) {
            seen.put(names.get(Integer.parseInt(m.group(1))), m.group(2).replace("&amp;", "&"));
        }
        assertEquals(VIEWS.keySet(), seen.keySet(), "not every view reported: " + dom);
    }

    /** A page that opens each view of the report in a frame and lists what the frame shows. */
    private static String harness() {
        StringBuilder js = new StringBuilder("var views=[");
        js.append(VIEWS.values().stream().map(v -> "'" + v + "'").collect(Collectors.joining(",")));
        js.append("""
                ];
                views.forEach(function(v,i){
                  var f=document.createElement('iframe');
                  f.src='report.html'+(v.charAt(0)==='#'?v:'');
                  f.onload=function(){
                    var li=document.createElement('li'); li.id='v'+i;
                    try{
                      var d=f.contentDocument,b=d.body;
                      if(v==='?click'){var s=d.getElementById('f-check');s.value='form.spaces';s.dispatchEvent(new Event('change'));}
                      var shown=Array.prototype.filter.call(d.querySelectorAll('article.finding'),function(a){return !a.hidden;})
                        .map(function(a){return a.getAttribute('data-check');});
                      li.textContent='ready='+b.getAttribute('data-ready')+' errors='+(b.getAttribute('data-errors')||'none')
                        +' shown='+shown.join(',')+' none='+!d.getElementById('none').hidden+' hash='+f.contentWindow.location.hash;
                    }catch(e){li.textContent='exception '+e;}
                    document.getElementById('out').appendChild(li);
                  };
                  document.body.appendChild(f);
                });
                """);
        return "<!DOCTYPE html><html><body><ul id=\"out\"></ul><script>" + js + "</script></body></html>";
    }

    private static String shown(String view) {
        String s = seen.get(view);
        assertTrue(s.startsWith("ready=yes errors=none "), view + ": " + s);
        Matcher m = Pattern.compile("shown=(\\S*)").matcher(s);
        assertTrue(m.find(), s);
        return m.group(1);
    }

    private static String checks(Severity severity, String document) {
        return report.findings().stream().filter(f -> severity == null || f.severity() == severity)
                .filter(f -> document == null || f.document().equals(document)).map(Finding::check)
                .collect(Collectors.joining(","));
    }

    @Test
    void pageLoadsWithoutErrorsAndShowsEveryFinding() {
        assertEquals(checks(null, null), shown("all"));
    }

    @Test
    void checkFilterShowsOnlyThatCheckOrCategory() {
        assertEquals("numbers.missing", shown("check"));
        assertTrue(shown("category").matches("numbers\\.[a-z]+(,numbers\\.[a-z]+)*"), shown("category"));
    }

    @Test
    void severityAndReleaseFiltersCombine() {
        assertEquals(checks(Severity.WARNING, null), shown("warnings"));
        assertEquals("form.spaces", shown("warnings-rel-2"));
        assertEquals("", shown("info-rel-2"));
        assertTrue(seen.get("info-rel-2").contains("none=true"), seen.get("info-rel-2"));
    }

    @Test
    void choosingACheckFiltersAndUpdatesTheLink() {
        assertEquals("form.spaces", shown("clicked"));
        assertTrue(seen.get("clicked").endsWith("hash=#check=form.spaces"), seen.get("clicked"));
    }
}
