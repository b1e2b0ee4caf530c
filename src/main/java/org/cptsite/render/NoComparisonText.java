package org.cptsite.render;

import org.cptsite.compute.CodeFacts;
import org.cptsite.compute.NoComparison;
import org.jspecify.annotations.Nullable;

/** Why a code has no comparison, in the words the page, its JSON twin and {@code show} give. */
public final class NoComparisonText {
    private NoComparisonText() {}

    /** The sentence for the code's reason; null when it has a comparison. */
    public static @Nullable String of(CodeFacts facts) {
        NoComparison n = facts.noComparison();
        if (n == null) return null;
        return switch (n.reason()) {
            case ANESTHESIA ->
                "Anesthesia services are paid by base units and time, so CMS gives them no work RVU to compare.";
            case TECHNICAL_COMPONENT ->
                "A technical component carries no physician work, so there is no work RVU to compare.";
            case NOT_PAYABLE ->
                "CMS assigns no work RVU to this code ("
                        + Text.statusMeaning(facts.code().main())
                        + "), so it has no place in the comparison.";
            case NO_WORK_RVU -> "CMS assigns no work RVU to this code, so it has no place in the comparison.";
            case DELETED ->
                "CMS deleted this code after " + n.lastRelease()
                        + ", so it is not compared with the codes of the current release.";
        };
    }
}
