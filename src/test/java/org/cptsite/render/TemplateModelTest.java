package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Templates get views only: every type a template can reach from a page model (record components and the
 * other public methods, through lists and maps) is a render view or a JDK type, never a record of
 * {@code model} or {@code compute}, whose changes would otherwise break templates unseen.
 */
class TemplateModelTest {
    /** The page models {@link SitePages} gives the templates, as {@code page}. */
    private static final List<Class<?>> ROOTS = List.of(CodePage.class, ListPage.class, ReleasePage.class);

    static Set<Class<?>> reachable(List<Class<?>> roots) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Type t = todo.pop();
            if (t instanceof ParameterizedType p) {
                todo.push(p.getRawType());
                for (Type a : p.getActualTypeArguments()) todo.push(a);
            } else if (t instanceof WildcardType w) {
                for (Type b : w.getUpperBounds()) todo.push(b);
            } else if (t instanceof GenericArrayType a) {
                todo.push(a.getGenericComponentType());
            } else if (t instanceof Class<?> c) {
                if (c.isArray()) {
                    todo.push(c.getComponentType());
                } else if (!c.isPrimitive() && seen.add(c) && !c.getName().startsWith("java.")) {
                    for (Method m : c.getDeclaredMethods()) {
                        if (Modifier.isPublic(m.getModifiers())
                                && !Modifier.isStatic(m.getModifiers())
                                && m.getParameterCount() == 0) todo.push(m.getGenericReturnType());
                    }
                }
            }
        }
        return seen;
    }

    private static boolean allowed(Class<?> c) {
        return c.getPackageName().equals("org.cptsite.render") || c.getName().startsWith("java.");
    }

    @Test
    void templatesReachOnlyRenderViewsAndJdkTypes() {
        Set<Class<?>> reached = reachable(ROOTS);
        assertTrue(reached.contains(Chrome.CallToAction.class), "the walk reaches the chrome's records");
        assertTrue(reached.contains(CodePage.Indicator.class), "the walk reaches the code page's records");
        Set<String> leaks = new TreeSet<>();
        for (Class<?> c : reached) if (!allowed(c)) leaks.add(c.getName());
        assertEquals(Set.of(), leaks, "types of other packages reach the templates: give render a view of its own");
    }

    /** Big views are records of named parts ({@code page.payment.cf}), not one long list of components. */
    @Test
    void theCodePageIsAFewNamedParts() {
        assertTrue(CodePage.class.getRecordComponents().length <= 12);
    }

    @Test
    void aRecordOfAnotherPackageIsFound() {
        record Leaky(org.cptsite.model.SiteSettings.CallToAction cta) {}
        assertTrue(reachable(List.of(Leaky.class)).stream().anyMatch(c -> !allowed(c)));
    }
}
