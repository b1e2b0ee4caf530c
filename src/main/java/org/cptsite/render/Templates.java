package org.cptsite.render;

import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cptsite.model.Problems;

/**
 * The Freemarker templates of {@code templates/}: {@code .ftlh} files, HTML auto-escaping on. Every template
 * is parsed up front so a syntax error stops the build before any page is rendered; an error while
 * rendering is reported once per template and line, not once per page.
 *
 * <p>Templates cannot reach Java unless the site allows it ({@code templates: { allow_java: true }}): no
 * {@code ?new} (which can run a shell command through {@code freemarker.template.utility.Execute}) and no
 * {@code ?api}, and the object wrapper shows them no {@code getClass()} nor any other method of Object but
 * toString (Freemarker's default policy already hides reflection, class loaders and threads). A page that runs longer than {@link #TIME_LIMIT_MILLIS} or recurses without end
 * is stopped with the template's file and line ({@link TemplateGuard}).
 */
public final class Templates {
    static {
        // Problems are reported by us, with file and line; Freemarker's own logging would only add noise
        // (and turns very chatty when a test library lowers java.util.logging's level).
        System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    static final List<String> REQUIRED = List.of("code.ftlh", "list.ftlh", "release.ftlh");
    /**
     * Freemarker's default policy (no reflection, class loaders, threads, ...) without {@code getClass()} and
     * the other methods of Object but toString: templates see the view records' values, nothing about Java.
     */
    private static final MemberAccessPolicy VIEW_ONLY = new MemberAccessPolicy() {
        private final MemberAccessPolicy base = DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34);

        @Override
        public ClassMemberAccessPolicy forClass(Class<?> c) {
            ClassMemberAccessPolicy policy = base.forClass(c);
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method m) {
                    return (m.getDeclaringClass() != Object.class || m.getName().equals("toString"))
                            && policy.isMethodExposed(m);
                }

                @Override
                public boolean isConstructorExposed(Constructor<?> k) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(Field f) {
                    return policy.isFieldExposed(f);
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return base.isToStringAlwaysExposed();
        }
    };
    /** A page takes milliseconds; ten seconds is a template that will not finish. */
    static final long TIME_LIMIT_MILLIS = 10_000;

    private final Configuration config;
    private final Path dir;
    private final Problems problems;
    private final long timeLimitMillis;
    /** The first time-limit stop of each page template (by name). */
    private final Map<String, TemplateGuard.Stopped> timedOut = new java.util.concurrent.ConcurrentHashMap<>();

    private final Set<String> reported = new HashSet<>();
    private final Set<Template> guarded = Collections.newSetFromMap(new IdentityHashMap<>());
    /** One output buffer per rendering thread, reused page after page (a page is 10-90 KB). */
    private final ThreadLocal<Utf8Writer> writers = ThreadLocal.withInitial(() -> new Utf8Writer(64 * 1024));

    /** Templates that cannot reach Java. */
    public Templates(Path dir, Problems problems) {
        this(dir, false, problems);
    }

    /** @param allowJava the {@code templates: { allow_java: true }} setting: {@code ?new} and {@code ?api} allowed */
    public Templates(Path dir, boolean allowJava, Problems problems) {
        this(dir, allowJava, TIME_LIMIT_MILLIS, problems);
    }

    Templates(Path dir, boolean allowJava, long timeLimitMillis, Problems problems) {
        this.dir = dir;
        this.problems = problems;
        this.timeLimitMillis = timeLimitMillis;
        this.config = new Configuration(Configuration.VERSION_2_3_34);
        config.setNewBuiltinClassResolver(
                allowJava
                        ? TemplateClassResolver.UNRESTRICTED_RESOLVER
                        : TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(allowJava);
        if (!allowJava) {
            config.setObjectWrapper(ViewWrapper.of(Configuration.VERSION_2_3_34, VIEW_ONLY));
        }
        try {
            config.setDirectoryForTemplateLoading(dir.toFile());
        } catch (IOException e) {
            problems.error(
                    dir.toString(), 0, "template folder not found", "pass --templates the folder with code.ftlh");
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
        config.setAttemptExceptionReporter((e, env) -> {});
    }

    /**
     * Parses every template of the folder (the required ones and those they may include); false (with
     * problems) when one is missing or broken. Each is parsed once for the build: the cache keeps them.
     */
    public boolean check() {
        // Reported by the constructor, once: not again as each template missing from it.
        if (!Files.isDirectory(dir)) return false;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            report(dir.toString(), 0, "template folder unreadable: " + e.getMessage(), "check its permissions");
            return false;
        }
        if (!linksRefused(files)) return false;
        boolean ok = true;
        // Each once: a second load of a broken template gets Freemarker's "error loading the template on an
        // earlier attempt", which would be reported as a second, false problem.
        Set<String> tried = new HashSet<>();
        for (String name : REQUIRED) {
            tried.add(name);
            ok &= template(name) != null;
        }
        for (Path p : files) {
            if (!p.toString().endsWith(".ftlh")) continue;
            String name = dir.relativize(p).toString().replace('\\', '/');
            if (tried.add(name)) ok &= template(name) != null;
        }
        return ok;
    }

    /**
     * False (with a problem for each) when the folder holds links: a linked template would be read from outside
     * it (Freemarker refuses it, in its own words), and a linked asset would publish a file from anywhere.
     */
    private boolean linksRefused(List<Path> files) {
        boolean none = true;
        for (Path link : files) {
            if (!Files.isSymbolicLink(link)) continue;
            none = false;
            report(
                    link.toString(),
                    0,
                    "is a link; templates and their assets are read from the templates folder only, and a link"
                            + " could publish or run a file from outside it",
                    Files.isDirectory(link)
                            ? "copy the folder there instead of linking to it, or give --templates the folder it leads to"
                            : "copy the file into " + link.toAbsolutePath().getParent() + " instead of linking to it");
        }
        return none;
    }

    private Template template(String name) {
        try {
            Template t = config.getTemplate(name);
            synchronized (guarded) {
                // A loop's body may be empty: a check element in every loop lets the guard see each iteration.
                // (_CoreAPI is Freemarker's internal API; this is what it offers for interrupting templates.)
                if (guarded.add(t)) _CoreAPI.addThreadInterruptedChecks(t);
            }
            return t;
        } catch (ParseException e) {
            report(
                    dir.resolve(e.getTemplateName() == null ? name : e.getTemplateName())
                            .toString(),
                    e.getLineNumber(),
                    "template syntax error: " + firstLine(e.getEditorMessage()),
                    "correct the template");
        } catch (IOException e) {
            report(
                    dir.resolve(name).toString(),
                    0,
                    "template missing or unreadable: " + e.getMessage(),
                    "add " + name + " to the templates folder");
        } catch (SecurityException e) {
            // Freemarker's loader refuses a file that resolves outside the folder (a link made since check()).
            report(
                    dir.resolve(name).toString(),
                    0,
                    "resolves to a file outside the templates folder",
                    "copy the file into the templates folder instead of linking to it");
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
        TemplateGuard.Stopped earlier = timedOut.get(name);
        if (earlier != null) { // every page of a template with an endless loop would wait out the limit too
            stopped(into, name, earlier);
            return null;
        }
        Utf8Writer out = writers.get();
        out.reset();
        TemplateGuard.Run guard = TemplateGuard.start(timeLimitMillis);
        try {
            return guarded(t, name, model, out, guard, into);
        } catch (
                @SuppressWarnings("removal")
                ThreadDeath stop) {
            if (!guard.forced()) throw stop;
            guard.delivered();
            stopped(into, name, timedOut(name, guard.forcedStop()));
        } catch (OutOfMemoryError e) {
            // One page's huge built-in result; the page's garbage is gone, the rest of the build goes on.
            stopped(into, name, guard.outOfMemory());
        }
        return null;
    }

    private byte[] guarded(
            Template t,
            String name,
            Map<String, Object> model,
            Utf8Writer out,
            TemplateGuard.Run guard,
            Problems into) {
        try {
            Environment env = t.createProcessingEnvironment(model, out);
            env.setTemplateProcessingTracer(guard);
            env.process();
            return out.toByteArray();
        } catch (TemplateGuard.Stopped e) {
            stopped(into, name, e.timedOut ? timedOut(name, e) : e);
        } catch (StackOverflowError e) {
            stopped(into, name, guard.stackOverflow());
        } catch (TemplateException e) {
            if (e.getCause() instanceof TemplateGuard.Stopped stop) {
                stopped(into, name, stop.timedOut ? timedOut(name, stop) : stop);
                return null;
            }
            if (guard.forced()) { // Freemarker wrapped the ThreadDeath of a forced stop
                guard.delivered();
                stopped(into, name, timedOut(name, guard.forcedStop()));
                return null;
            }
            String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            String blamed = e.getBlamedExpressionString();
            String message = firstLine(e.getMessageWithoutStackTop());
            report(
                    into,
                    dir.resolve(source).toString(),
                    line,
                    "template error: " + message + (blamed == null ? "" : " (in ${" + blamed + "})"),
                    reachesJava(message)
                            ? "templates cannot create Java objects or use ?api; if you trust every template author, set "
                                    + "'templates: { allow_java: true }' in site.yml"
                            : "correct the template (a missing value needs a default, e.g. ${x!\"\"})");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            TemplateGuard.end(guard);
        }
        return null;
    }

    /** Remembers that a page of {@code name} ran out of time, so that its other pages are refused at once. */
    private TemplateGuard.Stopped timedOut(String name, TemplateGuard.Stopped e) {
        timedOut.putIfAbsent(name, e);
        return e;
    }

    private void stopped(Problems into, String name, TemplateGuard.Stopped e) {
        report(
                into,
                dir.resolve(e.template == null ? name : e.template).toString(),
                e.line,
                e.getMessage(),
                "make the loop or the recursion end (a page has " + TemplateGuard.duration(timeLimitMillis) + " and "
                        + TemplateGuard.MAX_DEPTH + " levels of nesting)");
    }

    /** Freemarker's refusal of {@code ?new} or {@code ?api} under the settings made in the constructor. */
    private static boolean reachesJava(String message) {
        return message.contains("security reasons") || message.contains("api_builtin_enabled");
    }

    /**
     * The message's first line, and the next one when the first ends with a colon ("Encountered "/", but was
     * expecting one of these patterns:"), which says nothing alone.
     */
    private static String firstLine(String message) {
        List<String> lines =
                message.lines().filter(l -> !l.isBlank()).map(String::trim).toList();
        if (lines.isEmpty()) return message.trim();
        return lines.get(0).endsWith(":") && lines.size() > 1 ? lines.get(0) + " " + lines.get(1) : lines.get(0);
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
