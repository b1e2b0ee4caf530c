package org.cptsite.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.Hosting.JsonTwins;
import org.cptsite.output.Output;

/**
 * Where the JSON twins go, by the {@code json_twins} setting: a file per code ({@code /cpt/38900.json}), one
 * file per range holding its codes' twins by code ({@code /category/surgery/38100-38999.json}: 167 files
 * instead of 17,096 for the 2026 release, whose site then has 17,483 files, under Cloudflare Pages'
 * 20,000), or none.
 */
final class JsonTwinFiles {
    private final JsonTwins mode;
    /** per_range: each code's twin until its range is written. */
    private final Map<String, byte[]> twins = new ConcurrentHashMap<>();

    JsonTwinFiles(JsonTwins mode) {
        this.mode = mode;
    }

    /** The URL of the file holding the code's twin, which its page links to; null without twins. */
    static String url(CodeEntry e, JsonTwins mode) {
        return switch (mode) {
            case PER_CODE -> Urls.json(e.code());
            case PER_RANGE -> Urls.rangeJson(e.category(), e.range());
            case NONE -> null;
        };
    }

    /** Writes (per_code) or keeps (per_range) the code's twin; thread-safe. */
    void add(Output out, CodeEntry e, Supplier<byte[]> twin) {
        switch (mode) {
            case PER_CODE -> out.file(Output.fileOf(Urls.json(e.code())), twin.get());
            case PER_RANGE -> twins.put(e.code(), twin.get());
            case NONE -> {}
        }
    }

    /** The file of a range's twins, {@code {"codes": {"38900": {twin}, ...}}} in the range's order. */
    static byte[] range(LinkedSite.RangeGroup g, java.util.function.Function<CodeEntry, byte[]> twinOf) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(g.codes().size() * 4096);
        json.writeBytes("{\"codes\": {".getBytes(StandardCharsets.UTF_8));
        String comma = "\n";
        for (CodeEntry e : g.codes()) {
            byte[] twin = twinOf.apply(e);
            json.writeBytes((comma + "\"" + e.code() + "\": ").getBytes(StandardCharsets.UTF_8));
            json.write(twin, 0, twin.length - 1); // without its final newline
            comma = ",\n";
        }
        json.writeBytes("\n}}\n".getBytes(StandardCharsets.UTF_8));
        return json.toByteArray();
    }

    /** per_range: writes one file per range, {@code {"codes": {"38900": {twin}, ...}}} in the range's order. */
    void finish(Output out, LinkedSite site) {
        if (mode != JsonTwins.PER_RANGE) return;
        for (List<LinkedSite.RangeGroup> groups : site.categories().values()) {
            for (LinkedSite.RangeGroup g : groups) {
                if (g.codes().isEmpty()) continue;
                out.file(Output.fileOf(Urls.rangeJson(g.category(), g.range())), range(g, e -> twins.remove(e.code())));
            }
        }
    }
}
