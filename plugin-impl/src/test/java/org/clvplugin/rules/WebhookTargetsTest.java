package org.clvplugin.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Server-side request forgery: webhooks go to public addresses only, unless an admin allows a host. */
class WebhookTargetsTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Names resolve through this table, not DNS: the test runs without a network. */
    private static final Map<String, String> DNS = Map.of("hooks.example.com", "93.184.216.34",
            "sneaky.example.com", "10.1.2.3", "localhost", "127.0.0.1");

    private static WebhookTargets targets(Set<String> allowed) {
        return new WebhookTargets(allowed, host -> DNS.containsKey(host) ? new InetAddress[] {ip(DNS.get(host))}
                : host.matches("[0-9a-f.:]+") ? new InetAddress[] {ip(host)} : new InetAddress[0]);
    }

    @Test
    void publicHttpsAndHttpTargetsAreAccepted() {
        assertEquals(Optional.empty(), targets(Set.of()).refusal("https://hooks.example.com/clv"));
        assertEquals(Optional.empty(), targets(Set.of()).refusal("http://93.184.216.34:8443/x"));
    }

    @Test
    void privateLoopbackLinkLocalAndOddAddressesAreRefused() {
        for (String url : new String[] {"http://localhost/", "http://127.0.0.1:8080/", "http://[::1]/",
                "http://10.0.0.5/", "http://172.16.3.4/", "http://192.168.1.1/", "http://169.254.169.254/latest",
                "http://0.0.0.0/", "http://[fd00::1]/", "http://[fe80::1]/", "http://100.64.0.1/",
                "http://sneaky.example.com/", "http://[::ffff:127.0.0.1]/", "http://224.0.0.1/"}) {
            String refusal = targets(Set.of()).refusal(url).orElse("accepted");
            assertTrue(refusal.contains("loopback, link-local or private"), url + ": " + refusal);
        }
    }

    @Test
    void otherSchemesCredentialsAndUnknownHostsAreRefused() {
        assertTrue(targets(Set.of()).refusal("ftp://hooks.example.com/").orElseThrow().startsWith("only http"));
        assertTrue(targets(Set.of()).refusal("file:///etc/passwd").orElseThrow().startsWith("only http"));
        assertTrue(targets(Set.of()).refusal("https://user:pw@hooks.example.com/").isPresent());
        assertTrue(targets(Set.of()).refusal("https://nowhere.invalid/").orElseThrow().contains("does not resolve"));
        assertTrue(targets(Set.of()).refusal("not a url").isPresent());
        assertTrue(targets(Set.of()).refusal(null).isPresent());
    }

    @Test
    void theAllowListLetsAnAdminNameAPrivateHost() {
        assertEquals(Optional.empty(), targets(Set.of("127.0.0.1:8080")).refusal("http://127.0.0.1:8080/hook"));
        assertTrue(targets(Set.of("127.0.0.1:8080")).refusal("http://127.0.0.1:9090/hook").isPresent(),
                "another port of an allowed host:port is not allowed");
        assertEquals(Optional.empty(), targets(Set.of("localhost")).refusal("http://localhost:1234/"));
    }
}
