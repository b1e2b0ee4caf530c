/**
 * The compute stage: pure computations over a linked site, made once ({@link org.cptsite.compute.SiteFacts}):
 * payments in BigDecimal, comparison statistics, indicator meanings, the links between codes.
 */
@NullMarked
package org.cptsite.compute;

import org.jspecify.annotations.NullMarked;
