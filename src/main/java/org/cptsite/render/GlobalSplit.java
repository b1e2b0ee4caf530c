package org.cptsite.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.cptsite.compute.NationalPayment;
import org.cptsite.model.RvuRow;

/**
 * How a 10- or 90-day global surgery splits when physicians share the care: the file's PRE OP, INTRA OP and
 * POST OP shares, and what modifiers 54 (surgical care only: pre- and intra-operative), 55 (post-operative
 * care only) and 56 (pre-operative care only) are paid of the national amount, rounded to the cent.
 *
 * @param shares "10% before, 69% during, 21% after"
 */
public record GlobalSplit(String days, String shares, List<Part> parts) {
    /** One modifier's part: its share in percent and its national amounts. */
    public record Part(String modifier, String care, String percent, String nonFacility, String facility) {}

    /** The split of a 010 or 090 row paid under the fee schedule with shares in the file; else null. */
    static GlobalSplit of(RvuRow row, NationalPayment p) {
        String days = row.global().days();
        if (p == null || !(days.equals("010") || days.equals("090"))) return null;
        BigDecimal pre = row.global().preOp(),
                intra = row.global().intraOp(),
                post = row.global().postOp();
        if (pre.add(intra).add(post).signum() == 0) return null;
        String shares = percent(pre) + " before, " + percent(intra) + " during, " + percent(post) + " after";
        return new GlobalSplit(
                days.equals("010") ? "10" : "90",
                shares,
                List.of(
                        part(
                                "54",
                                "Surgical care only: the operation and the care before it on the day",
                                pre.add(intra),
                                p),
                        part("55", "Post-operative care only", post, p),
                        part("56", "Pre-operative care only", pre, p)));
    }

    private static Part part(String modifier, String care, BigDecimal share, NationalPayment p) {
        return new Part(modifier, care, percent(share), amount(p.nonFacility(), share), amount(p.facility(), share));
    }

    private static String amount(BigDecimal amount, BigDecimal share) {
        return amount == null ? Text.NA : Text.dollars(amount.multiply(share).setScale(2, RoundingMode.HALF_UP));
    }

    /** 0.69 as "69%", 0.105 as "10.5%". */
    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
