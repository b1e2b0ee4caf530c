package org.cptsite.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cptsite.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** The options every command shares: where the release, content and templates are. */
final class Inputs {
    @Option(
            names = "--data",
            paramLabel = "PATH",
            description = "CMS release: the zip CMS publishes, a folder of its files, or a folder of several "
                    + "releases; repeat it for more (default: releases: of site.yml, else data/sample)")
    List<Path> data = new ArrayList<>();

    @Option(
            names = "--content",
            paramLabel = "DIR",
            defaultValue = "content",
            description = "editorial content folder with site.yml (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            defaultValue = "templates",
            description = "Freemarker templates and assets (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--base-url", paramLabel = "URL", description = "absolute site URL (default: base_url of site.yml)")
    String baseUrl;

    Pipeline.Options options(Path out, LocalDate today) {
        return new Pipeline.Options(data, content, templates, out, baseUrl, today);
    }

    /** The date new or changed pages get as lastmod: SOURCE_DATE_EPOCH when set (reproducible builds), else today. */
    static LocalDate today() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch))
                    .atZone(ZoneOffset.UTC)
                    .toLocalDate();
        }
        return LocalDate.now(ZoneOffset.UTC);
    }
}
