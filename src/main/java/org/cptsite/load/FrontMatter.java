package org.cptsite.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cptsite.model.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML mapping read with the line of every key, so that a wrong key or value is reported where it is.
 * Used for the front matter of Markdown files and for the YAML settings files.
 */
final class FrontMatter {
    /** A value and the 1-based line it starts on. */
    record Entry(Node node, int line) {}

    private final String file;
    private final Problems problems;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final int firstLine;

    private FrontMatter(String file, int firstLine, Problems problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    /**
     * Parses {@code yaml}, which starts on line {@code firstLine} of {@code file}, and checks its keys
     * against {@code known}. Returns null when the YAML does not parse.
     */
    static FrontMatter parse(String file, String yaml, int firstLine, Set<String> known, Problems problems) {
        FrontMatter fm = new FrontMatter(file, firstLine, problems);
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            // What new Yaml(options).compose(...) does, without building the Yaml's object constructor and
            // representer: composing uses neither, and loading their classes is half of a cold first parse.
            root = new Composer(
                            new ParserImpl(new StreamReader(new StringReader(yaml)), options), new Resolver(), options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            int line = firstLine
                    + (e.getProblemMark() == null ? 0 : e.getProblemMark().getLine());
            String problem = e.getProblem();
            // A token the parser began and could not end (a quote left open, a key without its colon) is found
            // out lines later, often at the end: the editor's mistake is on the line where it began.
            if (e.getContextMark() != null
                    && e.getContext() != null
                    && e.getContext().startsWith("while scanning")) {
                int begun = firstLine + e.getContextMark().getLine();
                if (begun != line) problem += " on line " + line + ", " + e.getContext() + " that begins here";
                line = begun;
            }
            // A pasted no-break space is no space to YAML ("title:\u00A0X" is one word): name it, at its line.
            String[] lines = yaml.split("\n", -1);
            for (int i = 0; i < lines.length && firstLine + i <= line; i++) {
                String pasted = PastedSpaces.first(lines[i]);
                if (pasted != null) {
                    problem +=
                            "; line " + (firstLine + i) + " holds " + pasted + ", which YAML does not read as a space";
                    line = firstLine + i;
                    break;
                }
            }
            problems.error(
                    file,
                    line,
                    "YAML does not parse: " + problem,
                    "check the indentation, close each quote, and quote values that contain a colon, '#' or start"
                            + " with a symbol");
            return null;
        } catch (YAMLException e) {
            problems.error(file, firstLine, "YAML does not parse: " + e.getMessage(), "check the YAML syntax");
            return null;
        }
        if (root == null) return fm;
        fm.refuseControlCharacters(root);
        if (!(root instanceof MappingNode map)) {
            problems.error(file, firstLine, "expected 'key: value' lines", "write one 'key: value' per line");
            return null;
        }
        fm.read(map, known);
        return fm;
    }

    /** A nested mapping (an item of a list in the settings), checked against its own keys. */
    FrontMatter nested(Node node, Set<String> known) {
        FrontMatter fm = new FrontMatter(file, firstLine, problems);
        if (node instanceof MappingNode map) {
            fm.read(map, known);
            return fm;
        }
        problems.error(
                file,
                lineOf(node),
                "expected keys " + String.join(", ", known),
                "write it as '{ " + String.join(": ..., ", known) + ": ... }'");
        return null;
    }

    private void read(MappingNode map, Set<String> known) {
        for (NodeTuple t : map.getValue()) {
            int line = lineOf(t.getKeyNode());
            if (!(t.getKeyNode() instanceof ScalarNode s)) {
                problems.error(
                        file,
                        line,
                        "a key must be a word, not a list or a mapping",
                        "write 'key: value', with one of: " + String.join(", ", known));
                continue;
            }
            String key = s.getValue();
            Entry first = entries.get(key);
            if (first != null) {
                // A YAML loader would silently keep the last one.
                problems.error(
                        file,
                        line,
                        "key '" + key + "' given twice (first on line " + first.line() + ")",
                        "keep one '" + key + ":' line and delete the other");
                continue;
            }
            if (!known.contains(key)) {
                String pasted = PastedSpaces.first(key);
                if (pasted != null) {
                    // "title:\u00A0Sentinel" is one key to YAML, and looks like a key and its value.
                    problems.error(
                            file,
                            line,
                            "unknown key '" + key + "': it holds " + pasted + ", which YAML does not read as a space",
                            "type the space after the colon again as a plain space");
                    continue;
                }
                problems.error(
                        file,
                        line,
                        "unknown key '" + key + "'",
                        Suggest.nearest(key, known)
                                        .map(k -> "did you mean '" + k + "'? ")
                                        .orElse("") + "known keys: " + String.join(", ", known));
                continue;
            }
            entries.put(key, new Entry(t.getValueNode(), line));
        }
    }

    /**
     * An error at each text that holds a control character or half of a character: a quoted YAML value may write
     * one with an escape ({@code "\\x1b"}, {@code "\\0"}, {@code "\\uD800"}). No page can show it, and in a
     * terminal ({@code show}) an escape sequence would act on the screen. Tabs and line breaks are text.
     */
    private void refuseControlCharacters(Node node) {
        if (node instanceof ScalarNode s) {
            int bad = Figures.firstControlCharacter(s.getValue());
            if (bad >= 0) {
                problems.error(
                        file,
                        lineOf(node),
                        String.format(Locale.ROOT, "a value holds the character U+%04X, which no page can show", (int)
                                s.getValue().charAt(bad)),
                        "remove it (in a quoted value, an escape such as \\x1b or \\u0007 writes one)");
            }
        } else if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                refuseControlCharacters(t.getKeyNode());
                refuseControlCharacters(t.getValueNode());
            }
        } else if (node instanceof SequenceNode q) {
            for (Node n : q.getValue()) refuseControlCharacters(n);
        }
    }

    int lineOf(Node node) {
        return firstLine + node.getStartMark().getLine();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /**
     * YAML's null ({@code ~}, {@code null}, unquoted): no value, as an empty one is, not the text "null" on a
     * page. Quoted, it is the text.
     */
    private static boolean isNull(ScalarNode s) {
        return s.getTag().equals(Tag.NULL);
    }

    /** A required or optional text value; null when absent (a problem when required). */
    String text(String key, boolean required) {
        return text(key, required, "some text");
    }

    /** The same; {@code example} is the value the fix shows when the key holds no text ("YYYY-MM-DD"). */
    String text(String key, boolean required, String example) {
        Entry e = entries.get(key);
        if (e == null) {
            if (required) problems.error(file, firstLine, "missing key '" + key + "'", "add '" + key + ": ...'");
            return null;
        }
        if (e.node() instanceof ScalarNode s) {
            String v = isNull(s) ? "" : s.getValue().trim();
            if (required && v.isEmpty()) problems.error(file, e.line(), "'" + key + "' is empty", "give it a value");
            return v;
        }
        problems.error(file, e.line(), "'" + key + "' must be text", "write '" + key + ": " + example + "'");
        return null;
    }

    /** A list of texts, written either as {@code [a, b]} or as {@code - a} lines; empty when absent. */
    List<String> list(String key) {
        Entry e = entries.get(key);
        if (e == null) return List.of();
        List<String> values = new ArrayList<>();
        if (e.node() instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s && !s.getValue().isBlank() && !isNull(s)) {
                    values.add(s.getValue().trim());
                } else {
                    problems.error(
                            file,
                            lineOf(n),
                            "'" + key + "' must be a list of texts",
                            "write '" + key + ": [first, second]'");
                }
            }
            return values;
        }
        problems.error(file, e.line(), "'" + key + "' must be a list", "write '" + key + ": [first, second]'");
        return values;
    }

    Boolean bool(String key) {
        String v = text(key, false);
        if (v == null) return null;
        if (v.equals("true") || v.equals("false")) return Boolean.valueOf(v);
        problems.error(file, entries.get(key).line(), "'" + key + "' must be true or false", "write true or false");
        return null;
    }

    /** The raw value of a key, for nested structures; null when absent. */
    Entry entry(String key) {
        return entries.get(key);
    }

    /** The items of a list value, each a node; empty when absent or not a list (a problem then). */
    List<Node> items(String key) {
        Entry e = entries.get(key);
        if (e == null) return List.of();
        if (e.node() instanceof SequenceNode seq) return seq.getValue();
        problems.error(file, e.line(), "'" + key + "' must be a list", "write each item on a line starting '- '");
        return List.of();
    }

    /** The names of the keys present, in file order. */
    Set<String> keys() {
        return entries.keySet();
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }
}
