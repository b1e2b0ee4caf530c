package org.cptsite.check;

import java.util.List;
import org.cptsite.check.PageRules.Violation;
import org.cptsite.check.PageScan.Svg;
import org.cptsite.model.CheckRule;

/** Images and inline svg: a text alternative (or marked decorative), and their size, so nothing moves. */
final class MediaRules {
    private MediaRules() {}

    static void check(Page page, List<Violation> v) {
        for (StartTag img : page.scan.images) {
            if (!img.hasAttr("alt")) {
                v.add(new Violation(
                        CheckRule.IMG_ALT,
                        "has an image without alt: " + img.attr("src") + " (alt=\"\" for a decorative one)"));
            }
            if (!img.hasAttr("width") || !img.hasAttr("height")) {
                v.add(new Violation(
                        CheckRule.LAYOUT_SHIFT, "has an image without width and height: " + img.attr("src")));
            }
        }
        for (Svg inline : page.scan.svgs) {
            StartTag svg = inline.tag;
            String name = svg.id().isEmpty() ? "an inline svg" : "the inline svg #" + svg.id();
            if (svg.attr("role").equals("img")) {
                if (inline.title == null || inline.title.toString().isBlank()) {
                    v.add(new Violation(CheckRule.SVG_TITLE, name + " has role=img but no <title>"));
                }
            } else if (!svg.attr("aria-hidden").equals("true")) {
                v.add(new Violation(
                        CheckRule.SVG_TITLE,
                        name + " is neither role=img (with a <title>) nor " + "aria-hidden=\"true\""));
            }
            if (!svg.hasAttr("width") || !svg.hasAttr("height")) {
                v.add(new Violation(CheckRule.LAYOUT_SHIFT, name + " has no width and height attributes"));
            }
        }
    }
}
