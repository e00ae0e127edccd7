package org.presstm.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presstm.InvalidInputException;
import org.presstm.lang.Language;

class XliffInputTest {
    private static final Path PACKAGE = Path.of("src/test/resources/qa/package");

    @Test
    void packageFolderJoinsTheTargetsOfEachSegment() {
        List<ParallelSegment> segments = XliffInput.read(PACKAGE);
        assertEquals(5, segments.size());
        ParallelSegment first = segments.get(0);
        assertEquals("release-7.txt", first.document());
        assertEquals("u1", first.id());
        assertEquals(List.of(Language.EN, Language.RU), first.targetLanguages());
        assertEquals("Milli Məclisin sədri qonağı qəbul edib.", first.sourceText());
        assertEquals(2, first.source().codes().size());
        assertEquals(2, first.targets().get(Language.RU).codes().size());
        assertEquals("", segments.get(4).target(Language.EN).orElseThrow());
    }

    @Test
    void packageZipReadsLikeTheFolder(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("release-7.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : List.of("release-7.az-en.xlf", "release-7.az-ru.xlf")) {
                z.putNextEntry(new ZipEntry("package/" + name));
                z.write(Files.readAllBytes(PACKAGE.resolve(name)));
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("package/manifest.json"));
            z.write("{}".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertEquals(XliffInput.read(PACKAGE), XliffInput.read(zip));
    }

    @Test
    void malformedOrForeignFilesAreBadInput(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.xlf"), "<xliff version=\"1.2\"><file source-language=\"az\"",
                StandardCharsets.UTF_8);
        assertThrows(InvalidInputException.class, () -> XliffInput.read(broken));
        Path v2 = Files.writeString(dir.resolve("v2.xlf"), "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                + "version=\"2.0\" srcLang=\"az\" trgLang=\"en\"><file id=\"f\"/></xliff>", StandardCharsets.UTF_8);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> XliffInput.read(v2));
        assertTrue(e.getMessage().contains("XLIFF 2.0"), e.getMessage());
        Path xxe = Files.writeString(dir.resolve("xxe.xlf"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><xliff version=\"1.2\"><file source-language=\"az\" target-language=\"en\" "
                + "original=\"&e;\"><body/></file></xliff>", StandardCharsets.UTF_8);
        assertThrows(InvalidInputException.class, () -> XliffInput.read(xxe));
        assertThrows(InvalidInputException.class, () -> XliffInput.read(dir.resolve("none.xlf")));
    }

    @Test
    void packageFindingsNameMissingCodesNumbersEmptyTargetsAndInconsistency() {
        Report r = new CheckService(CheckContext.EMPTY, List.of()).checkPackage(PACKAGE);
        List<String> checks = r.findings().stream().map(f -> f.check() + " " + f.segment() + " " + f.language()).toList();
        assertTrue(checks.contains("form.codes u1 en"), checks.toString());
        assertTrue(checks.contains("numbers.missing u4 en"), checks.toString());
        assertTrue(checks.contains("completeness.missing u5 en"), checks.toString());
        assertTrue(checks.contains("inconsistency.source u3 en"), checks.toString());
        assertTrue(checks.stream().noneMatch(c -> c.endsWith(" ru") && !c.startsWith("cross-target")), checks.toString());
    }
}
