package org.clvplugin.rules;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.clvplugin.api.FieldError;

/**
 * Where webhooks may go: http(s) URLs whose host resolves only to public addresses, so that a rule cannot make the
 * server call itself or its private network (server-side request forgery). Hosts an admin puts on the allow-list
 * ("host" or "host:port") are exempt. The dispatcher checks again before each delivery: a name can be re-pointed.
 */
public final class WebhookTargets {

    /**
     * Only the URL's form is judged (http or https, a host, no credentials), not where it points: for a disabled
     * rule, which sends nothing.
     */
    public static final WebhookTargets FORM_ONLY = new WebhookTargets(Set.of(), null);

    private final Set<String> allowed;
    /** Null: addresses are not judged ({@link #FORM_ONLY}). */
    private final Function<String, InetAddress[]> resolver;

    /** @param allowed hosts or host:port pairs exempt from the address check, lower case */
    public WebhookTargets(Set<String> allowed) {
        this(allowed, WebhookTargets::resolve);
    }

    WebhookTargets(Set<String> allowed, Function<String, InetAddress[]> resolver) {
        this.allowed = Set.copyOf(allowed);
        this.resolver = resolver;
    }

    private static final String FIELD = "url";

    /** Why the URL is refused (as a problem of the field "url"), or empty when a webhook may be sent there. */
    public Optional<FieldError> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.of(FieldError.coded(FIELD, "webhook.notUrl", "not a URL: " + url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of(FieldError.coded(FIELD, "webhook.scheme", "only http and https URLs, was "
                    + (scheme.isEmpty() ? "no scheme" : scheme), "value", scheme));
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            return Optional.of(FieldError.coded(FIELD, "webhook.host", "a URL with a host and without user name or "
                    + "password"));
        }
        String host = IDN.toASCII(uri.getHost().replaceAll("^\\[|]$", "")).toLowerCase(Locale.ROOT);
        if (resolver == null || allowed.contains(host) || allowed.contains(host + ":" + uri.getPort())) {
            return Optional.empty();
        }
        InetAddress[] addresses = resolver.apply(host);
        if (addresses == null || addresses.length == 0) {
            return Optional.of(FieldError.coded(FIELD, "webhook.unresolved", "the host " + host + " does not resolve",
                    "host", host));
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                return Optional.of(FieldError.coded(FIELD, "webhook.private", "the host " + host + " is a "
                        + "special-purpose address (" + a.getHostAddress() + ": loopback, private, link-local, shared,"
                        + " documentation, benchmarking, multicast, reserved or one embedding such an IPv4 address);"
                        + " an admin can allow it in the webhook allow-list", "host", host, "address",
                        a.getHostAddress()));
            }
        }
        return Optional.empty();
    }

    /**
     * False for every address of the IANA IPv4 and IPv6 special-purpose registries that is not globally reachable
     * or is reserved, and for IPv6 addresses that carry such an IPv4 address (IPv4-compatible and -mapped, NAT64,
     * 6to4); Teredo and the other IETF protocol assignments (2001::/23) are refused whole.
     */
    static boolean isPublic(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 4 ? isPublicV4(b, 0) : isPublicV6(b);
    }

    private static boolean isPublicV4(byte[] b, int at) {
        int o1 = b[at] & 0xff;
        int o2 = b[at + 1] & 0xff;
        int o3 = b[at + 2] & 0xff;
        return !(o1 == 0 || o1 == 10 || o1 == 127 // this network, private, loopback
                || o1 == 100 && o2 >= 64 && o2 < 128 // shared address space (carrier-grade NAT)
                || o1 == 169 && o2 == 254 // link-local
                || o1 == 172 && o2 >= 16 && o2 < 32 // private
                || o1 == 192 && o2 == 0 && (o3 == 0 || o3 == 2) // IETF protocol assignments, TEST-NET-1
                || o1 == 192 && o2 == 88 && o3 == 99 // 6to4 relay anycast
                || o1 == 192 && o2 == 168 // private
                || o1 == 198 && (o2 == 18 || o2 == 19) // benchmarking
                || o1 == 198 && o2 == 51 && o3 == 100 // TEST-NET-2
                || o1 == 203 && o2 == 0 && o3 == 113 // TEST-NET-3
                || o1 >= 224); // multicast, reserved, limited broadcast
    }

    private static boolean isPublicV6(byte[] b) {
        int w0 = (b[0] & 0xff) << 8 | b[1] & 0xff;
        int w1 = (b[2] & 0xff) << 8 | b[3] & 0xff;
        boolean zeroWords2to5 = b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0
                && b[10] == 0 && b[11] == 0;
        if (w0 == 0x0064 && w1 == 0xff9b) {
            // NAT64: the well-known prefix 64:ff9b::/96 carries an IPv4 address; 64:ff9b:1::/48 is local use.
            return zeroWords2to5 && isPublicV4(b, 12);
        }
        if (w0 == 0x2002) {
            return isPublicV4(b, 2); // 6to4 carries the IPv4 address of its site
        }
        return !((b[0] & 0xff) == 0 // ::/8: unspecified, loopback, IPv4-compatible and -mapped
                || w0 == 0x0100 && w1 == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0 // discard-only
                || w0 == 0x2001 && w1 < 0x0200 // IETF protocol assignments: Teredo, benchmarking, ORCHID, ...
                || w0 == 0x2001 && w1 == 0x0db8 // documentation
                || w0 == 0x3fff && w1 < 0x1000 // documentation (3fff::/20)
                || w0 == 0x5f00 // segment routing (SRv6) SIDs
                || (b[0] & 0xfe) == 0xfc // unique local
                || w0 >= 0xfe80 && w0 < 0xff00 // link-local, and the old site-local fec0::/10
                || (b[0] & 0xff) == 0xff); // multicast
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new InetAddress[0];
        }
    }
}
