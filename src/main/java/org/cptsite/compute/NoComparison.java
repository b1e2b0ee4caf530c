package org.cptsite.compute;

import org.jspecify.annotations.Nullable;

/**
 * Why a code has no comparison, as data: render words it for the page, the JSON twin and {@code show}.
 *
 * @param lastRelease the last release that has a {@link Reason#DELETED} code; null for the other reasons
 */
public record NoComparison(Reason reason, @Nullable String lastRelease) {

    public enum Reason {
        /** Status J: paid by base units and time, no work RVU. */
        ANESTHESIA,
        /** PC/TC indicator 3: a technical component carries no physician work. */
        TECHNICAL_COMPONENT,
        /** Not paid under the fee schedule (its status says why). */
        NOT_PAYABLE,
        /** Paid under the fee schedule, yet without a work RVU. */
        NO_WORK_RVU,
        /** Deleted by CMS: the current release's populations are not the ones it was in. */
        DELETED
    }

    /** A reason that needs no release. */
    public static NoComparison of(Reason reason) {
        return new NoComparison(reason, null);
    }
}
