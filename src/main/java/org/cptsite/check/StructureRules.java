package org.cptsite.check;

import java.util.List;
import org.cptsite.check.PageRules.Violation;
import org.cptsite.check.PageScan.Control;
import org.cptsite.check.PageScan.Heading;
import org.cptsite.check.PageScan.Table;
import org.cptsite.model.CheckRule;

/** What assistive technology navigates by: heading levels, table headers, labelled form controls. */
final class StructureRules {
    private StructureRules() {}

    static void check(Page page, List<Violation> v) {
        PageScan scan = page.scan;
        int previous = 0;
        for (Heading h : scan.headings) {
            int level = h.level();
            if (level > previous + 1) {
                v.add(new Violation(
                        CheckRule.HEADING_ORDER,
                        (previous == 0 ? "starts with" : "goes from h" + previous + " to") + " h" + level + " (\""
                                + h.text() + "\"), skipping a level"));
            }
            previous = level;
        }

        for (Table table : scan.tables) {
            String name = table.caption != null ? "table \"" + table.caption + "\"" : "a table";
            if (table.headers == 0) {
                v.add(new Violation(CheckRule.TABLE_HEADERS, name + " has no header cells (th)"));
            }
            if (table.unscoped > 0) {
                v.add(new Violation(
                        CheckRule.TABLE_HEADERS,
                        name + " has " + table.unscoped + " header cell(s) without scope=\"col\" or scope=\"row\""));
            }
        }

        for (Control c : scan.controls) {
            StartTag control = c.tag();
            boolean labelled = !control.attr("aria-label").isBlank()
                    || !control.attr("aria-labelledby").isBlank()
                    || (!control.id().isEmpty() && scan.labelFor.contains(control.id()))
                    || c.inLabel();
            if (!labelled) {
                v.add(new Violation(
                        CheckRule.CONTROL_LABELS,
                        "has a form control <" + control.name()
                                + (control.id().isEmpty() ? "" : " id=\"" + control.id() + "\"")
                                + (control.hasAttr("name") ? " name=\"" + control.attr("name") + "\"" : "")
                                + "> without a label"));
            }
        }
        for (String forId : scan.labelFor) {
            if (!page.ids.contains(forId)) {
                v.add(new Violation(
                        CheckRule.CONTROL_LABELS, "has a label for '" + forId + "', an id this page does not have"));
            }
        }
    }
}
