/** Pure computations over a release: payments in BigDecimal, comparison statistics, indicator meanings. */
@NullMarked
package org.cptsite.compute;

import org.jspecify.annotations.NullMarked;
