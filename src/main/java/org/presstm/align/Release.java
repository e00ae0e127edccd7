package org.presstm.align;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.presstm.lang.Language;

/**
 * A release aligned: its versions as segmented, the pairwise alignments and the units.
 *
 * @param name     the release's name (its folder, or the az file's name), kept with each unit
 * @param versions the segmented versions, by language
 * @param result   the alignments and units
 * @param warnings what looked wrong (segmentation and alignment warnings)
 */
public record Release(String name, Map<Language, AlignText> versions, ThreeWayJoin.Result result,
        List<String> warnings) {
    public Release {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(result, "result");
        versions = java.util.Collections.unmodifiableMap(new EnumMap<>(versions));
        warnings = List.copyOf(warnings);
    }

    public List<AlignedUnit> units() {
        return result.units();
    }

    public long lowUnits() {
        return units().stream().filter(AlignedUnit::isLow).count();
    }

    public int sentences() {
        return versions.values().stream().mapToInt(AlignText::size).sum();
    }
}
