package org.presstm.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The one test that runs every check's own examples, as LanguageTool runs its rules' examples: a bad example
 * must give at least one finding of its check, a good one none.
 */
class CheckExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyCheckGetsItsOwnExamplesRight() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Check check : Checks.create(CheckContext.EMPTY)) {
            List<Example> examples = check.examples();
            for (int i = 0; i < examples.size(); i++) {
                Example e = examples.get(i);
                tests.add(DynamicTest.dynamicTest(check.id() + " example " + (i + 1) + (e.bad() ? " (bad)" : " (good)"),
                        () -> assertExample(check.id(), e)));
            }
        }
        return tests.stream();
    }

    private static void assertExample(String id, Example e) {
        Check fresh = Checks.create(e.context()).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        List<Finding> findings = Runs.findings(fresh, e.segments());
        if (e.bad()) {
            assertFalse(findings.isEmpty(), id + " found nothing in its bad example " + e.segments());
            findings.forEach(f -> assertEquals(id, f.check()));
        } else {
            assertTrue(findings.isEmpty(), id + " found " + findings + " in its good example");
        }
    }

    @Test
    void everyCheckHasABadAndAGoodExampleAndAUniqueId() {
        Set<String> ids = new HashSet<>();
        for (Check c : Checks.create(CheckContext.EMPTY)) {
            assertTrue(ids.add(c.id()), "duplicate id " + c.id());
            assertTrue(c.id().matches("[a-z-]+(\\.[a-z-]+)?"), "id " + c.id());
            assertTrue(c.examples().stream().anyMatch(Example::bad), c.id() + " has no bad example");
            assertTrue(c.examples().stream().anyMatch(e -> !e.bad()), c.id() + " has no good example");
            assertFalse(c.title().isBlank());
        }
    }
}
