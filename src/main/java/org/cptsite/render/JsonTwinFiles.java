package org.cptsite.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.CodeRange;
import org.cptsite.model.Hosting.JsonTwins;
import org.cptsite.output.Output;

/**
 * Where the JSON twins go, by the {@code json_twins} setting: a file per code ({@code /cpt/38900.json}), one
 * file per range holding its codes' twins by code ({@code /category/surgery/38100-38999.json}: 167 files
 * instead of 17,096 for the 2026 release, whose site then has 17,499 files, under Cloudflare Pages'
 * 20,000; a deleted code's twin goes in the file of its range too), or none.
 */
final class JsonTwinFiles {
    private final JsonTwins mode;
    /** per_range: each code's twin until its range is written. */
    private final Map<String, byte[]> twins = new ConcurrentHashMap<>();

    JsonTwinFiles(JsonTwins mode) {
        this.mode = mode;
    }

    /**
     * The URL of the file holding the code's twin, which its page links to; null without twins. Per range, a
     * deleted code's twin goes in the file of the range that holds its code ({@code ranges}, from ranges.yml):
     * the link stage gives a deleted code no range, since its page is in no range's list.
     */
    static String url(CodeEntry e, JsonTwins mode, List<CodeRange> ranges) {
        return switch (mode) {
            case PER_CODE -> Urls.json(e.code());
            case PER_RANGE -> Urls.rangeJson(e.category(), e.range() != null ? e.range() : rangeOf(e, ranges));
            case NONE -> null;
        };
    }

    /** The range a code is in by ranges.yml, as the link stage finds it for a current code; null for none. */
    private static CodeRange rangeOf(CodeEntry e, List<CodeRange> ranges) {
        for (CodeRange r : ranges) {
            if (r.category() == e.category() && r.contains(e.code())) return r;
        }
        return null;
    }

    /**
     * per_range: the codes whose twins each file holds, by the file's URL: a range's current codes in the
     * range's order, then the deleted codes it holds in code order (a range with deleted codes only has a file
     * of its own, after the others).
     */
    static Map<String, List<CodeEntry>> rangeFiles(LinkedSite site) {
        Map<String, List<CodeEntry>> files = new LinkedHashMap<>();
        for (List<LinkedSite.RangeGroup> groups : site.categories().values()) {
            for (LinkedSite.RangeGroup g : groups) {
                if (!g.codes().isEmpty())
                    files.put(Urls.rangeJson(g.category(), g.range()), new ArrayList<>(g.codes()));
            }
        }
        for (CodeEntry e : site.deleted().values()) {
            files.computeIfAbsent(url(e, JsonTwins.PER_RANGE, site.content().ranges()), u -> new ArrayList<>())
                    .add(e);
        }
        return files;
    }

    /** Writes (per_code) or keeps (per_range) the code's twin; thread-safe. */
    void add(Output out, CodeEntry e, Supplier<byte[]> twin) {
        switch (mode) {
            case PER_CODE -> out.file(Output.fileOf(Urls.json(e.code())), twin.get());
            case PER_RANGE -> twins.put(e.code(), twin.get());
            case NONE -> {}
        }
    }

    /** The file of a range's twins, {@code {"codes": {"38900": {twin}, ...}}} in the order of {@code codes}. */
    static byte[] range(List<CodeEntry> codes, java.util.function.Function<CodeEntry, byte[]> twinOf) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(codes.size() * 4096);
        json.writeBytes("{\"codes\": {".getBytes(StandardCharsets.UTF_8));
        String comma = "\n";
        for (CodeEntry e : codes) {
            byte[] twin = twinOf.apply(e);
            json.writeBytes((comma + "\"" + e.code() + "\": ").getBytes(StandardCharsets.UTF_8));
            json.write(twin, 0, twin.length - 1); // without its final newline
            comma = ",\n";
        }
        json.writeBytes("\n}}\n".getBytes(StandardCharsets.UTF_8));
        return json.toByteArray();
    }

    /** per_range: writes one file per range, {@code {"codes": {"38900": {twin}, ...}}} (see {@link #rangeFiles}). */
    void finish(Output out, LinkedSite site) {
        if (mode != JsonTwins.PER_RANGE) return;
        rangeFiles(site)
                .forEach((url, codes) -> out.file(Output.fileOf(url), range(codes, e -> twins.remove(e.code()))));
    }
}
