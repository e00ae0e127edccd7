package org.presstm.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.presstm.glossary.Concept;
import org.presstm.glossary.TbxWriter;
import org.presstm.glossary.Term;
import org.presstm.glossary.TermBase;
import org.presstm.lang.Language;

/**
 * The TBX-Basic ({@code martif}) of a package: the glossary concepts found in the release, each with its
 * source and target terms only, written by the glossary's own {@link TbxWriter}. Stateless.
 */
final class PackageTbx {
    private PackageTbx() {
    }

    /** @return the number of concepts written */
    static int write(Path out, String packageId, Language source, Language target, List<Concept> found) {
        Map<String, Concept> concepts = new LinkedHashMap<>();
        for (Concept c : found) {
            List<Term> terms = new ArrayList<>(c.terms(source));
            terms.addAll(c.terms(target));
            if (!terms.isEmpty()) {
                concepts.putIfAbsent(c.id(), new Concept(c.id(), c.subject(), c.definition(), c.note(), c.source(),
                        terms));
            }
        }
        TbxWriter.write(TermBase.of(null, concepts.values()), List.of("Glossary entries found in the release of"
                + " presstm package " + packageId + " (" + source + " -> " + target + ")."), out);
        return concepts.size();
    }
}
