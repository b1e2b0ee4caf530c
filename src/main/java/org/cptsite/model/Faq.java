package org.cptsite.model;

/** A question and its answer; the answer as HTML for the page and as plain text for JSON-LD. */
public record Faq(String question, String answerHtml, String answerText) {}
