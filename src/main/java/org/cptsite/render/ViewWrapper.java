package org.cptsite.render;

import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The object wrapper of templates that cannot reach Java: a view record is a hash of the values of its
 * zero-argument methods (its components, and such methods as {@code isEmpty()}, which is also {@code empty}),
 * and nothing else. Everything else is wrapped as by {@link DefaultObjectWrapper} under the policy it is given.
 *
 * <p>Freemarker's bean model looks a record's class up in its introspection cache, then the method, then calls
 * it through its overload machinery, on every {@code ${a.b}}: a tenth of a build's CPU. Here the methods of a
 * record class are found once, and a value is one map lookup and one call.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    /**
     * Methods every record declares that say nothing a page needs, and would tell about Java (those of Object,
     * getClass among them, are left out as Object's).
     */
    private static final Set<String> HIDDEN = Set.of("hashCode", "toString");

    /** Each record class's methods by name (a HashMap: a template's names are looked up, never changed). */
    private static final Map<Class<?>, Map<String, Function<Object, Object>>> METHODS = new ConcurrentHashMap<>();

    private static Map<String, Function<Object, Object>> methods(Class<?> type) {
        Map<String, Function<Object, Object>> known = METHODS.get(type);
        return known != null ? known : METHODS.computeIfAbsent(type, ViewWrapper::findMethods);
    }

    private static Map<String, Function<Object, Object>> findMethods(Class<?> type) {
        Map<String, Function<Object, Object>> methods = new HashMap<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())
                    || m.getParameterCount() != 0
                    || m.getReturnType() == void.class
                    || m.getDeclaringClass() == Object.class
                    || HIDDEN.contains(m.getName())) continue;
            Function<Object, Object> read = reader(m);
            methods.put(m.getName(), read);
            String property = propertyName(m);
            if (property != null) methods.putIfAbsent(property, read);
        }
        return methods;
    }

    /**
     * A direct call of {@code m}, as a lambda would make it: {@link Method#invoke} goes through access checks
     * and a generated accessor on every call, a twentieth of a build's CPU. A method this code may not see
     * privately (one of a JDK interface) is called through reflection.
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> reader(Method m) {
        try {
            Class<?> owner = m.getDeclaringClass();
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
            CallSite site = LambdaMetafactory.metafactory(
                    lookup,
                    "apply",
                    MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class),
                    lookup.unreflect(m),
                    MethodType.methodType(m.getReturnType(), owner).wrap());
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            m.trySetAccessible(); // a public method of a record nested in a package-private class
            return value -> {
                try {
                    return m.invoke(value);
                } catch (ReflectiveOperationException failed) {
                    throw new IllegalStateException(failed);
                }
            };
        }
    }

    private ViewWrapper(DefaultObjectWrapperBuilder settings) {
        super(settings, true);
    }

    static ViewWrapper of(Version version, MemberAccessPolicy policy) {
        DefaultObjectWrapperBuilder settings = new DefaultObjectWrapperBuilder(version);
        settings.setMemberAccessPolicy(policy);
        return new ViewWrapper(settings);
    }

    /**
     * A record as a {@link RecordModel}; a string first, as {@link DefaultObjectWrapper} has it, before its chain
     * of checks (a view's values, and the items of its lists, are mostly strings and records).
     */
    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value instanceof String s) return new SimpleScalar(s);
        if (value instanceof Record r) return new RecordModel(r, methods(r.getClass()), this);
        return super.wrap(value);
    }

    /** {@code isEmpty} is also the bean property {@code empty}, {@code getName} {@code name}, as Freemarker has it. */
    static String propertyName(Method m) {
        String name = m.getName();
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") && m.getReturnType() == boolean.class ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) return null;
        String rest = name.substring(prefix);
        boolean acronym = rest.length() > 1 && Character.isUpperCase(rest.charAt(1)); // getURL is URL
        return acronym ? rest : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    /** A record as the hash of its values. Never empty: {@code ?has_content} is true, as for any bean. */
    private record RecordModel(Record value, Map<String, Function<Object, Object>> methods, ViewWrapper wrapper)
            implements TemplateHashModel {
        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Function<Object, Object> read = methods.get(key);
            if (read == null) return null;
            try {
                return wrapper.wrap(read.apply(value));
            } catch (RuntimeException e) {
                throw new TemplateModelException(
                        "reading " + key + " of " + value.getClass().getSimpleName() + " failed", e);
            }
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
