package org.presstm.xliff;

import java.nio.file.Path;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;
import net.sf.okapi.lib.terminology.tbx.TBXReader;
import net.sf.okapi.lib.verification.ValidateXliffSchema;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.reader.XLIFFReaderException;

import org.presstm.PresstmException;

/**
 * Checks every file a package holds with the schemas and readers that ship in Okapi's jars: XLIFF 1.2
 * against the strict schema, XLIFF 2.0 against the core and module schemas plus its processing rules,
 * TMX and TBX read back by Okapi's own readers. A file that fails is a presstm bug, never the user's, so
 * the failure is a {@link PresstmException} naming the file. Stateless.
 */
public final class PackageValidation {
    private PackageValidation() {
    }

    public static void xliff12(Path file) {
        try {
            ValidateXliffSchema.validateXliffSchema(file.toUri(), ValidateXliffSchema.XLIFF12_STRICT_SCHEMA);
        } catch (OkapiException e) {
            throw invalid(file, "XLIFF 1.2 strict schema", e);
        }
    }

    public static void xliff20(Path file) {
        try {
            XLIFFReader.validate(file.toFile());
        } catch (XLIFFReaderException e) {
            throw invalid(file, "XLIFF 2.0 core and module schemas", e);
        }
    }

    /** @return the number of units Okapi's TMX filter reads back */
    public static int tmx(Path file, String source, String target) {
        int units = 0;
        try (TmxFilter filter = new TmxFilter();
                RawDocument rd = new RawDocument(file.toUri(), "UTF-8", LocaleId.fromString(source),
                        LocaleId.fromString(target))) {
            filter.open(rd);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit()) {
                    units++;
                }
            }
        } catch (RuntimeException e) {
            throw invalid(file, "Okapi's TMX filter", e);
        }
        return units;
    }

    /** @return the number of concept entries Okapi's TBX reader reads back */
    public static int tbx(Path file) {
        TBXReader reader = new TBXReader();
        int entries = 0;
        try {
            reader.open(file.toFile());
            while (reader.hasNext()) {
                reader.next();
                entries++;
            }
        } catch (RuntimeException e) {
            throw invalid(file, "Okapi's TBX reader", e);
        } finally {
            reader.close();
        }
        return entries;
    }

    private static PresstmException invalid(Path file, String what, RuntimeException e) {
        return new PresstmException("presstm wrote an invalid file " + file + " (" + what + "): "
                + e.getMessage(), e);
    }
}
