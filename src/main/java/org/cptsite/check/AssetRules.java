package org.cptsite.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cptsite.check.PageRules.Violation;
import org.cptsite.model.CheckRule;
import org.cptsite.model.CheckRule.Limits;

/** Stylesheets and scripts are shared by every page: small, and no web fonts. */
final class AssetRules {
    private AssetRules() {}

    /** Whether the file at {@code path} is an asset these rules check. */
    static boolean applies(String path) {
        return path.endsWith(".css") || path.endsWith(".js");
    }

    static List<Violation> check(String path, byte[] bytes) {
        List<Violation> v = new ArrayList<>();
        if (bytes.length > Limits.ASSET_KB * 1024) {
            v.add(new Violation(
                    CheckRule.ASSET_WEIGHT,
                    "has " + LoadingRules.kb(bytes.length) + ", more than the budget of " + Limits.ASSET_KB
                            + " KB for a CSS or JS asset"));
        }
        if (path.endsWith(".css")) {
            String css = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            if (css.contains("@font-face")) {
                v.add(new Violation(
                        CheckRule.SYSTEM_FONTS, "declares a web font (@font-face); pages use system fonts"));
            }
            if (css.contains("@import")) {
                v.add(new Violation(
                        CheckRule.SYSTEM_FONTS,
                        "uses @import, which loads another stylesheet (or web " + "fonts) before the page can render"));
            }
        }
        return v;
    }
}
