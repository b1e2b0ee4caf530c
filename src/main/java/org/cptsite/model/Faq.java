package org.cptsite.model;

/** A question and its answer; the answer as HTML for the page and as plain text for JSON-LD. */
public record Faq(String question, String answerHtml, String answerText) {
    /** The same question, whatever its case and spacing: asked twice, a page would answer it twice. */
    public static boolean sameQuestion(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }
}
