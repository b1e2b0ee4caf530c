package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON inside a script element: no text can end the script or open a comment, and it reads back the same. */
class JsonForScriptTest {
    @Test
    void markupCharactersAreEscaped() throws IOException {
        String hostile = "Sentinel <!--<script> </script><script>alert(1)</script> ]]> a&b \u2028\u2029 -->";
        String json = Json.forScript(Map.of("name", hostile));
        assertEquals(
                "{\"name\":\"Sentinel \\u003c!--\\u003cscript\\u003e \\u003c/script\\u003e\\u003cscript\\u003e"
                        + "alert(1)\\u003c/script\\u003e ]]\\u003e a\\u0026b \\u2028\\u2029 --\\u003e\"}",
                json);
        for (String c : new String[] {"<", ">", "&", "\u2028", "\u2029"}) assertFalse(json.contains(c), c);
        assertEquals(hostile, new ObjectMapper().readTree(json).get("name").asText());
    }

    @Test
    void plainJsonIsUnchanged() {
        assertEquals("{\"a\":[1,\"b\"]}", Json.forScript(Json.obj("a", java.util.List.of(1, "b"))));
    }

    @Test
    void keysAreEscapedAndOtherCharactersKept() {
        // Accented letters and dashes stay as they are (UTF-8), control characters get Jackson's escapes.
        assertEquals(
                "{\"a\\u003cb\":\"Ca\u00f1on \u2013 caf\u00e9\\n\\u0001\"}",
                Json.forScript(Json.obj("a<b", "Ca\u00f1on \u2013 caf\u00e9\n\u0001")));
    }
}
