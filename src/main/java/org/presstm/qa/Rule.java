package org.presstm.qa;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A check that looks at one segment at a time and keeps no state, given as a function: the shape of the
 * small checks of {@link FormChecks} and {@link CompletenessChecks}.
 */
final class Rule extends BaseCheck {
    /** The body of a rule: look at a segment, report through the rule. */
    @FunctionalInterface
    interface Body {
        void check(Rule rule, ParallelSegment segment, Consumer<Finding> out);
    }

    private final Body body;
    private final Supplier<List<Example>> examples;

    Rule(String id, Severity severity, String title, Body body, Supplier<List<Example>> examples) {
        super(id, severity, title);
        this.body = body;
        this.examples = examples;
    }

    @Override
    public List<Example> examples() {
        return examples.get();
    }

    @Override
    public void check(ParallelSegment segment, Consumer<Finding> out) {
        body.check(this, segment, out);
    }
}
