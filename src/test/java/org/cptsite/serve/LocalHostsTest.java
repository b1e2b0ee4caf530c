package org.cptsite.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalHostsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost",
                "localhost:8000",
                "LocalHost:8000",
                "localhost.:8000",
                "app.localhost:8000",
                "127.0.0.1",
                "127.0.0.1:8000",
                "127.1.2.3:80",
                "[::1]",
                "[::1]:8000"
            })
    void namesOfThisMachineAreAnswered(String host) {
        assertTrue(LocalHosts.allowed(host), host);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "evil.example",
                "evil.example:8000",
                "localhost.evil.example",
                "127.0.0.1.evil.example",
                "127.0.0.256",
                "127.0.1",
                "0.0.0.0:8000",
                "192.168.1.20:8000",
                "[::2]:8000",
                "[::1]x",
                "localhost:80x",
                "localhost:"
            })
    void otherNamesAreRefused(String host) {
        assertFalse(LocalHosts.allowed(host), host);
    }

    @org.junit.jupiter.api.Test
    void aRequestWithoutAHostHeaderIsNotABrowsers() {
        assertTrue(LocalHosts.allowed(null));
    }
}
