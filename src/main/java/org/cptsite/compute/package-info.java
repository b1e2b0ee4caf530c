/** Pure computations over a release: payments in BigDecimal, comparison statistics, indicator meanings. */
package org.cptsite.compute;
