package org.cptsite.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON output: key order as built (LinkedHashMap), LF line endings, BigDecimal written as the number it is. */
final class Json {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final DefaultPrettyPrinter PRETTY_PRINTER =
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {}

    /**
     * An object with its keys in the order given. Map.of is not used for output: its iteration order
     * changes from one JVM run to the next, and output must be byte-identical.
     */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    /** Indented JSON with a final line break, in UTF-8 (written as bytes: no String of it is made). */
    static byte[] pretty(Object value) {
        return bytes(value, true);
    }

    /**
     * JSON on one line with a final line break, in UTF-8: for files programs read (a third smaller than
     * indented, and the indenting was a sixth of a twin's cost).
     */
    static byte[] compactBytes(Object value) {
        return bytes(value, false);
    }

    private static byte[] bytes(Object value, boolean indented) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(bytes)) {
            // The printer keeps the nesting depth: one per document.
            if (indented) g.setPrettyPrinter(PRETTY_PRINTER.createInstance());
            write(g, value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + value, e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /**
     * Writes maps, lists, strings, numbers, booleans and null straight to the generator, as Jackson's
     * databind would, without looking up a serializer for each value (a third of a JSON twin's cost). Any
     * other value is left to databind.
     */
    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) write(g, item);
            g.writeEndArray();
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            MAPPER.writeValue(g, value);
        }
    }

    static String compact(Object value) {
        return compactText(value) + "\n";
    }

    /**
     * Compact JSON that is safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} are
     * written as {@code \\u003c}, {@code \\u003e}, {@code \\u0026}, so no text can close the script or open a
     * comment ({@code <!--} and {@code <script} inside a script change how a browser finds its end). U+2028 and
     * U+2029 are escaped too, for readers that take the text as JavaScript. They can only occur inside
     * strings, where the escapes mean the same characters.
     */
    static String forScript(Object value) {
        StringWriter text = new StringWriter(1024);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(text)) {
            g.setCharacterEscapes(ScriptEscapes.INSTANCE); // in the one pass that writes the JSON, not a second
            write(g, value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + value, e);
        }
        return text.toString();
    }

    /** Jackson's standard escapes plus those of {@link #forScript}, with lowercase hex as before. */
    private static final class ScriptEscapes extends CharacterEscapes {
        static final ScriptEscapes INSTANCE = new ScriptEscapes();
        private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

        static {
            ASCII['<'] = ESCAPE_CUSTOM;
            ASCII['>'] = ESCAPE_CUSTOM;
            ASCII['&'] = ESCAPE_CUSTOM;
        }

        private static final SerializedString LT = new SerializedString("\\u003c");
        private static final SerializedString GT = new SerializedString("\\u003e");
        private static final SerializedString AMP = new SerializedString("\\u0026");
        private static final SerializedString LS = new SerializedString("\\u2028");
        private static final SerializedString PS = new SerializedString("\\u2029");

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        /** Called for the custom ASCII marks above and for every character past ASCII (null: written as is). */
        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> LT;
                case '>' -> GT;
                case '&' -> AMP;
                case '\u2028' -> LS;
                case '\u2029' -> PS;
                default -> null;
            };
        }
    }

    private static String compactText(Object value) {
        StringWriter text = new StringWriter(1024);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(text)) {
            write(g, value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + value, e);
        }
        return text.toString();
    }
}
