package org.presstm.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.presstm.segment.Segmenters;

/** Fixtures are the project's own writing. */
class ArchiveTest {
    private static final String AZ = """
            Spiker Qafarova %d saylı iclası açıb

            Milli Məclisin sədri Sahibə Qafarova %d saylı plenar iclası açıb. Deputatlar gündəlikdəki məsələləri müzakirə ediblər.

            İclasda %d qanun layihəsi qəbul olunub.
            """;
    private static final String EN = """
            Speaker Gafarova opens sitting No. %d

            Milli Majlis Speaker Sahiba Gafarova opened plenary sitting No. %d. The deputies discussed the items on the agenda.

            The sitting adopted %d draft laws.
            """;

    @Test
    void anArchiveOnSeveralThreadsGivesTheSameReleasesInFolderOrder(@TempDir Path dir) throws IOException {
        for (int i = 1; i <= 6; i++) {
            Path f = Files.createDirectory(dir.resolve("release-" + i));
            Files.writeString(f.resolve("az.txt"), AZ.formatted(i, i, i + 10));
            Files.writeString(f.resolve("en.txt"), EN.formatted(i, i, i + 10));
        }
        Segmenters segmenters = new Segmenters();
        Aligner aligner = new Aligner();
        List<Path> folders = Archive.folders(dir);
        List<Release> one = new Archive(new ReleaseAligner(segmenters, aligner), false)
                .alignAll(folders, (d, t, n) -> { });
        List<Integer> steps = Collections.synchronizedList(new ArrayList<>());
        List<Release> two = new Archive(() -> new ReleaseAligner(segmenters, aligner), false, 2)
                .alignAll(folders, (done, total, name) -> steps.add(done));
        assertEquals(one.stream().map(Release::name).toList(), two.stream().map(Release::name).toList());
        assertEquals(List.of("release-1", "release-2", "release-3", "release-4", "release-5", "release-6"),
                two.stream().map(Release::name).toList());
        for (int i = 0; i < one.size(); i++) {
            assertEquals(one.get(i).units(), two.get(i).units(), one.get(i).name());
        }
        Collections.sort(steps);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), steps, "progress told once per release, counting up");
    }
}
