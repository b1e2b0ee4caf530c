package org.cptsite.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.cptsite.check.PageRules.Violation;
import org.cptsite.model.CheckRule;

/**
 * The JSON-LD must parse and describe the page: breadcrumbs, the code of a code page, the FAQ of a page
 * that has one, and the page's canonical URL.
 */
final class JsonLdRules {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLdRules() {}

    static void check(Page page, List<Violation> v) {
        PageScan scan = page.scan;
        String canonical = scan.canonical;
        if (scan.jsonLd.isEmpty()) {
            v.add(new Violation(CheckRule.JSON_LD, "has no JSON-LD"));
            return;
        }
        List<JsonNode> nodes = new ArrayList<>();
        for (byte[] text : scan.jsonLd) {
            try {
                JsonNode root = JSON.readTree(text);
                if (root == null || !(root.isObject() || root.isArray())) {
                    v.add(new Violation(CheckRule.JSON_LD, "has JSON-LD that is not an object"));
                    continue;
                }
                collect(root, nodes);
            } catch (JsonProcessingException e) {
                v.add(new Violation(CheckRule.JSON_LD, "has JSON-LD that does not parse: " + e.getOriginalMessage()));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // reading an array cannot fail but by a bug
            }
        }
        JsonNode breadcrumbs = ofType(nodes, "BreadcrumbList");
        if (breadcrumbs == null) {
            v.add(new Violation(CheckRule.JSON_LD, "has no BreadcrumbList in its JSON-LD"));
        } else if (!breadcrumbs.path("itemListElement").isArray()
                || breadcrumbs.path("itemListElement").isEmpty()) {
            v.add(new Violation(CheckRule.JSON_LD, "has a BreadcrumbList without items"));
        }
        if (page.codePage) {
            JsonNode webPage = ofType(nodes, "MedicalWebPage");
            if (webPage == null) {
                v.add(new Violation(CheckRule.JSON_LD, "is a code page without a MedicalWebPage in its JSON-LD"));
            } else if (!hasType(webPage.path("about"), "MedicalCode")) {
                v.add(new Violation(CheckRule.JSON_LD, "has a MedicalWebPage that is not about a MedicalCode"));
            } else if (!webPage.path("about").path("codeValue").asText().equals(page.code())
                    || webPage.path("about").path("codingSystem").asText().isEmpty()) {
                v.add(new Violation(
                        CheckRule.JSON_LD,
                        "has a MedicalCode whose codeValue is not " + page.code() + " or that has no codingSystem"));
            }
        }
        for (JsonNode n : nodes) {
            String type = n.path("@type").asText();
            if (type.endsWith("Page")
                    && !type.equals("FAQPage")
                    && n.has("url")
                    && canonical != null
                    && !n.path("url").asText().equals(canonical)) {
                v.add(new Violation(
                        CheckRule.JSON_LD,
                        "has a " + type + " whose url " + n.path("url").asText() + " is not the canonical URL "
                                + canonical));
            }
        }
        JsonNode faq = ofType(nodes, "FAQPage");
        if (scan.faq != null) {
            int questions = scan.faq.questions;
            if (faq == null) {
                v.add(new Violation(CheckRule.JSON_LD, "has an FAQ section but no FAQPage in its JSON-LD"));
            } else if (faq.path("mainEntity").size() != questions) {
                v.add(new Violation(
                        CheckRule.JSON_LD,
                        "has an FAQPage with " + faq.path("mainEntity").size() + " questions for the " + questions
                                + " of its FAQ section"));
            }
        } else if (faq != null) {
            v.add(new Violation(CheckRule.JSON_LD, "has an FAQPage in its JSON-LD but no FAQ section (id=\"faq\")"));
        }
    }

    /** The objects of a JSON-LD document: the root, the members of an @graph, the items of an array. */
    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, into));
        } else if (node.isObject()) {
            if (node.has("@graph")) collect(node.get("@graph"), into);
            if (node.has("@type")) into.add(node);
        }
    }

    private static JsonNode ofType(List<JsonNode> nodes, String type) {
        return nodes.stream().filter(n -> hasType(n, type)).findFirst().orElse(null);
    }

    private static boolean hasType(JsonNode node, String type) {
        JsonNode t = node.path("@type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.asText().equals(type)) return true;
            }
            return false;
        }
        return t.asText().equals(type);
    }
}
