package org.cptsite.render;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cptsite.model.Problems;

/**
 * The Freemarker templates of {@code templates/}: {@code .ftlh} files, HTML auto-escaping on. Every template
 * is parsed up front so a syntax error stops the build before any page is rendered; an error while
 * rendering is reported once per template and line, not once per page.
 */
public final class Templates {
    static {
        // Problems are reported by us, with file and line; Freemarker's own logging would only add noise
        // (and turns very chatty when a test library lowers java.util.logging's level).
        System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    static final List<String> REQUIRED = List.of("code.ftlh", "list.ftlh");

    private final Configuration config;
    private final Path dir;
    private final Problems problems;
    private final Set<String> reported = new HashSet<>();
    /** One output buffer per rendering thread, reused page after page (a page is 10-90 KB). */
    private final ThreadLocal<Utf8Writer> writers = ThreadLocal.withInitial(() -> new Utf8Writer(64 * 1024));

    public Templates(Path dir, Problems problems) {
        this.dir = dir;
        this.problems = problems;
        this.config = new Configuration(Configuration.VERSION_2_3_34);
        try {
            config.setDirectoryForTemplateLoading(dir.toFile());
        } catch (IOException e) {
            problems.error(dir.toString(), 0, "template folder not found", "pass --templates the folder with code.ftlh");
        }
        // One version of each template for the whole build, even if it is edited meanwhile (and no file
        // checks while rendering).
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.US);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAttemptExceptionReporter((e, env) -> { });
    }

    /** Parses every required template; false (with problems) when one is missing or broken. */
    public boolean check() {
        boolean ok = true;
        for (String name : REQUIRED) ok &= template(name) != null;
        return ok;
    }

    private Template template(String name) {
        try {
            return config.getTemplate(name);
        } catch (ParseException e) {
            report(dir.resolve(e.getTemplateName() == null ? name : e.getTemplateName()).toString(), e.getLineNumber(),
                    "template syntax error: " + firstLine(e.getEditorMessage()), "correct the template");
        } catch (IOException e) {
            report(dir.resolve(name).toString(), 0, "template missing or unreadable: " + e.getMessage(),
                    "add " + name + " to the templates folder");
        }
        return null;
    }

    /** Renders a template into UTF-8; null (with a problem) when it fails. Thread-safe. */
    public byte[] render(String name, Map<String, Object> model) {
        return render(name, model, problems);
    }

    /** The same, reporting a failure into {@code into} (serve keeps each page's problems apart). */
    public byte[] render(String name, Map<String, Object> model, Problems into) {
        Template t = template(name);
        if (t == null) return null;
        Utf8Writer out = writers.get();
        out.reset();
        try {
            t.process(model, out);
            return out.toByteArray();
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            String blamed = e.getBlamedExpressionString();
            report(into, dir.resolve(source).toString(), line, "template error: " + firstLine(e.getMessageWithoutStackTop())
                    + (blamed == null ? "" : " (in ${" + blamed + "})"),
                    "correct the template (a missing value needs a default, e.g. ${x!\"\"})");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    private static String firstLine(String message) {
        return message.lines().filter(l -> !l.isBlank()).findFirst().orElse(message).trim();
    }

    private void report(String file, int line, String message, String fix) {
        report(problems, file, line, message, fix);
    }

    /** Once per template line and message into the build's problems; every time into another collection. */
    private void report(Problems into, String file, int line, String message, String fix) {
        if (into == problems) {
            synchronized (reported) {
                if (!reported.add(file + ":" + line + ":" + message)) return;
            }
        }
        into.error(file, line, message, fix);
    }
}
