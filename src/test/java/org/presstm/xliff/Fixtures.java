package org.presstm.xliff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.presstm.glossary.Concept;
import org.presstm.glossary.Term;
import org.presstm.glossary.TermBase;
import org.presstm.glossary.TermMatcher;
import org.presstm.glossary.TermStatus;
import org.presstm.lang.Language;
import org.presstm.segment.Segmenters;
import org.presstm.tm.Memory;
import org.presstm.tm.SqliteMemory;
import org.presstm.tm.TranslationUnit;
import org.presstm.tm.Variant;

/** Small releases, a memory and a glossary written for these tests (no corpus text). */
final class Fixtures {
    /** Shared: loading the sentence models once keeps the tests fast. */
    static final Segmenters SEGMENTERS = new Segmenters();

    static final String TXT = """
            Milli Məclisin Sədri qonağı qəbul edib. Görüş keçirilib.

            Tərəflər əməkdaşlığı müzakirə ediblər.
            Qonaq Bakıya ilk dəfə gəlib.

            Görüş keçirilib.
            """;

    private Fixtures() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    static Path txt(Path dir) throws IOException {
        return write(dir, "iclas.txt", TXT);
    }

    static Path html(Path dir) throws IOException {
        return write(dir, "iclas.html", """
                <html lang="az"><head><meta charset="UTF-8"><title>İclas</title></head><body>
                <h1>Milli Məclisdə görüş</h1>
                <p>Milli Məclisin <b>Sədri</b> qonağı qəbul edib. Görüş keçirilib.</p>
                <p>Tərəflər əməkdaşlığı müzakirə ediblər.<br>Qonaq Bakıya ilk dəfə gəlib.</p>
                </body></html>
                """);
    }

    static Path docx(Path dir) throws IOException {
        Path f = dir.resolve("iclas.docx");
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t xml:space=\"preserve\">Milli Məclisin </w:t></w:r>"
                    + "<w:r><w:rPr><w:b/></w:rPr><w:t>Sədri</w:t></w:r>"
                    + "<w:r><w:t xml:space=\"preserve\"> qonağı qəbul edib. Görüş keçirilib.</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>Tərəflər əməkdaşlığı müzakirə ediblər.</w:t></w:r></w:p>"
                    + "</w:body></w:document>");
        }
        return f;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A memory with an exact match for "Görüş keçirilib." and a fuzzy one for the third sentence. */
    static SqliteMemory memory(Path dir) {
        SqliteMemory m = SqliteMemory.open(dir.resolve("memory.db"), true);
        try (Memory.Batch b = m.begin()) {
            b.add(new TranslationUnit("t1", "old-release", null, List.of(), List.of(), List.of(
                    Variant.of("az", "Görüş keçirilib."), Variant.of("en", "A meeting was held."),
                    Variant.of("ru", "Состоялась встреча."))));
            b.add(TranslationUnit.of(Variant.of("az", "Tərəflər əməkdaşlığı müzakirə edib."),
                    Variant.of("en", "The parties discussed cooperation.")));
            b.commit();
        }
        return m;
    }

    static TermMatcher glossary() {
        Concept mm = new Concept("mm", List.of(new Term("Milli Məclis", Language.AZ, TermStatus.PREFERRED),
                new Term("Milli Majlis", Language.EN, TermStatus.PREFERRED),
                new Term("Милли Меджлис", Language.RU, TermStatus.PREFERRED)));
        return new TermMatcher(TermBase.of(null, List.of(mm)));
    }

    static PackageWriter writer(Memory memory) {
        return new PackageWriter(new ReleaseReader(SEGMENTERS),
                new Leverager(Optional.ofNullable(memory), Optional.of(glossary())));
    }

    static PackRequest request(Path release, Path out, XliffVersion version, Profile profile, boolean zip) {
        return new PackRequest(release, Language.AZ, List.of(Language.EN, Language.RU), out, version, profile,
                zip, Optional.of(out), Optional.of("testpkg0001"), java.time.Instant.parse("2026-03-12T10:00:00Z"),
                true);
    }

    /** Every file of a package checked as the issue asks: XLIFF by its schema, TMX and TBX read back. */
    static void validateAll(PackResult r) {
        for (Manifest.Target t : r.manifest().targets()) {
            Path xliff = r.folder().resolve(t.xliff());
            if (r.manifest().header().version() == XliffVersion.V1_2) {
                PackageValidation.xliff12(xliff);
            } else {
                PackageValidation.xliff20(xliff);
            }
            org.junit.jupiter.api.Assertions.assertEquals(t.tmxUnits(), PackageValidation.tmx(
                    r.folder().resolve(t.tmx()), r.manifest().source().code(), t.language().code()));
            org.junit.jupiter.api.Assertions.assertEquals(t.tbxConcepts(),
                    PackageValidation.tbx(r.folder().resolve(t.tbx())));
        }
    }
}
