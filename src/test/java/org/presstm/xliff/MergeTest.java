package org.presstm.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presstm.lang.Language;
import org.presstm.tm.SqliteMemory;
import org.presstm.tm.TaggedText;

/** Translated .docx and .html come back through the same Okapi filter, formatting included. */
class MergeTest {
    @TempDir
    Path dir;

    private UnpackResult roundTrip(Path release, XliffVersion version) throws Exception {
        try (SqliteMemory memory = Fixtures.memory(dir)) {
            PackResult r = Fixtures.writer(memory).pack(Fixtures.request(release, dir.resolve("out"), version,
                    Profile.GENERIC, false));
            Fixtures.validateAll(r);
            Path xlf = r.folder().resolve(r.manifest().target(Language.EN).orElseThrow().xliff());
            if (version == XliffVersion.V1_2) {
                XliffFiller.xliff12(xlf, xlf, s -> s.toUpperCase(Language.AZ.locale()), "translated");
            } else {
                XliffFiller.xliff20(xlf, xlf, s -> s.toUpperCase(Language.AZ.locale()), "translated");
            }
            return new Unpacker(memory).unpack(new UnpackRequest(xlf, Optional.empty(), dir.resolve("translated"),
                    UnpackRequest.DEFAULT_STATES, Optional.empty(), Instant.now()));
        }
    }

    private static List<TaggedText> unitsOf(Path file, ReleaseFormat format) {
        return OkapiDocuments.read(file, format, Language.EN);
    }

    @Test
    void docxTranslationKeepsTheBoldRun() throws Exception {
        UnpackResult u = roundTrip(Fixtures.docx(dir), XliffVersion.V1_2);
        Path out = u.languages().get(0).output();
        assertTrue(out.getFileName().toString().endsWith(".en.docx"), out.toString());
        List<TaggedText> units = unitsOf(out, ReleaseFormat.DOCX);
        assertEquals("MİLLİ MƏCLİSİN <1>SƏDRİ</1> QONAĞI QƏBUL EDİB. GÖRÜŞ KEÇİRİLİB.", units.get(0).display());
        assertEquals("TƏRƏFLƏR ƏMƏKDAŞLIĞI MÜZAKİRƏ EDİBLƏR.", units.get(1).display());
    }

    @Test
    void htmlTranslationKeepsTagsAndLineBreaks() throws Exception {
        UnpackResult u = roundTrip(Fixtures.html(dir), XliffVersion.V2_0);
        Path out = u.languages().get(0).output();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("MİLLİ MƏCLİSİN <b>SƏDRİ</b> QONAĞI QƏBUL EDİB. GÖRÜŞ KEÇİRİLİB."), html);
        assertTrue(html.contains("TƏRƏFLƏR ƏMƏKDAŞLIĞI MÜZAKİRƏ EDİBLƏR.<br>QONAQ BAKIYA İLK DƏFƏ GƏLİB."), html);
        assertTrue(html.contains("lang=\"en\""), html);
    }

    @Test
    void translationWithoutTheSourceCodesIsRefused() throws Exception {
        try (SqliteMemory memory = Fixtures.memory(dir)) {
            PackResult r = Fixtures.writer(memory).pack(Fixtures.request(Fixtures.docx(dir), dir.resolve("out"),
                    XliffVersion.V1_2, Profile.GENERIC, false));
            Path xlf = r.folder().resolve("iclas.az-en.xlf");
            XliffFiller.xliff12(xlf, xlf, s -> s, "translated");
            String text = Files.readString(xlf, StandardCharsets.UTF_8);
            int target = text.indexOf("<target");
            String dropped = text.substring(0, target) + text.substring(target).replaceFirst("<g id=\"1\"[^>]*>", "")
                    .replaceFirst("</g>", "");
            Files.writeString(xlf, dropped, StandardCharsets.UTF_8);
            UnpackFailure e = org.junit.jupiter.api.Assertions.assertThrows(UnpackFailure.class,
                    () -> new Unpacker(memory).unpack(new UnpackRequest(xlf, Optional.empty(), dir.resolve("t"),
                            UnpackRequest.DEFAULT_STATES, Optional.empty(), Instant.now())));
            assertTrue(e.getMessage().contains("segment u1/1: the translation has the codes []"), e.getMessage());
        }
    }
}
