package org.cptsite.serve;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The names a loopback {@code serve} answers to: {@code localhost} (and its sub-domains), {@code 127.x.x.x} and
 * {@code [::1]}, with any port. A web page elsewhere can make a browser resolve its own domain to 127.0.0.1 (DNS
 * rebinding) and then read the preview, drafts and all, as its own; such a request names that domain in its
 * {@code Host} header, and is refused.
 */
final class LocalHosts {
    private LocalHosts() {}

    /** Whether {@code host}, a request's Host header (null when it has none), names this machine. */
    static boolean allowed(@Nullable String host) {
        if (host == null) return true; // HTTP/1.0 without one: not a browser, and so not a rebound page
        String name = host.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            return end > 0 && name.substring(1, end).equals("::1") && port(name.substring(end + 1));
        }
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            if (!port(name.substring(colon))) return false;
            name = name.substring(0, colon);
        }
        if (name.endsWith(".")) name = name.substring(0, name.length() - 1);
        return name.equals("localhost") || name.endsWith(".localhost") || loopbackIpv4(name);
    }

    /** Nothing, or a colon and digits. */
    private static boolean port(String rest) {
        return rest.isEmpty()
                || rest.length() > 1
                        && rest.charAt(0) == ':'
                        && rest.substring(1).chars().allMatch(Character::isDigit);
    }

    /** 127.0.0.0/8, written as four decimal numbers. */
    private static boolean loopbackIpv4(String name) {
        String[] parts = name.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) return false;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
