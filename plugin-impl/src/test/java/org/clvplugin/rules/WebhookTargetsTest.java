package org.clvplugin.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clvplugin.api.FieldError;
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
            String refusal = targets(Set.of()).refusal(url).map(org.clvplugin.api.FieldError::message).orElse("accepted");
            assertTrue(refusal.contains("is a special-purpose address"), url + ": " + refusal);
        }
    }

    @Test
    void everySpecialPurposeRangeOfTheIanaRegistriesIsRefused() {
        String[] special = {
            // IPv4: benchmarking, documentation (TEST-NETs), IETF assignments, 6to4 relay, multicast, reserved
            "198.18.0.1", "198.19.255.254", "192.0.2.1", "198.51.100.7", "203.0.113.9", "192.0.0.8",
            "192.88.99.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "100.127.255.255",
            // IPv6 carrying a private or loopback IPv4: IPv4-compatible, NAT64, 6to4
            "::127.0.0.1", "::10.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a00:1", "2002:7f00:1::1", "2002:a00:1::1",
            // IPv6 special-purpose: unspecified, NAT64 local use, discard, Teredo, benchmarking, ORCHIDv2,
            // documentation (both), SRv6, site-local, multicast
            "::", "64:ff9b:1::1", "100::1", "2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:2::1",
            "2001:20::1", "2001:db8::1", "3fff::1", "5f00::1", "fec0::1", "ff02::1"};
        for (String address : special) {
            assertTrue(!WebhookTargets.isPublic(ip(address)), address + " is special-purpose");
            String url = "http://" + (address.contains(":") ? "[" + address + "]" : address) + "/hook";
            assertTrue(targets(Set.of()).refusal(url).isPresent(), url);
        }
        for (String address : new String[] {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "2a00:1450:4001::200e",
                "64:ff9b::5db8:d822", "2002:5db8:d822::1", "198.20.0.1", "192.0.3.1", "100.128.0.1"}) {
            assertTrue(WebhookTargets.isPublic(ip(address)), address + " is public");
        }
    }

    @Test
    void onlyTheFormOfADisabledRulesUrlIsJudged() {
        assertEquals(Optional.empty(), WebhookTargets.FORM_ONLY.refusal("http://127.0.0.1:8080/hook"));
        assertTrue(WebhookTargets.FORM_ONLY.refusal("ftp://hooks.example.com/").isPresent());
        assertTrue(WebhookTargets.FORM_ONLY.refusal("https://user:pw@hooks.example.com/").isPresent());
    }

    @Test
    void otherSchemesCredentialsAndUnknownHostsAreRefused() {
        assertTrue(targets(Set.of()).refusal("ftp://hooks.example.com/").orElseThrow().message()
                .startsWith("only http"));
        assertTrue(targets(Set.of()).refusal("file:///etc/passwd").orElseThrow().message()
                .startsWith("only http"));
        assertTrue(targets(Set.of()).refusal("https://user:pw@hooks.example.com/").isPresent());
        FieldError unresolved = targets(Set.of()).refusal("https://nowhere.invalid/").orElseThrow();
        assertTrue(unresolved.message().contains("does not resolve"));
        assertEquals("webhook.unresolved", unresolved.code());
        assertEquals("nowhere.invalid", unresolved.params().get("host"), "what the UI names in its language");
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
