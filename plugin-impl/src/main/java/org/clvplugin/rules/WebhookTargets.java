package org.clvplugin.rules;

import java.net.IDN;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where webhooks may go: http(s) URLs whose host resolves only to public addresses, so that a rule cannot make the
 * server call itself or its private network (server-side request forgery). Hosts an admin puts on the allow-list
 * ("host" or "host:port") are exempt. The dispatcher checks again before each delivery: a name can be re-pointed.
 */
public final class WebhookTargets {

    private final Set<String> allowed;
    private final Function<String, InetAddress[]> resolver;

    /** @param allowed hosts or host:port pairs exempt from the address check, lower case */
    public WebhookTargets(Set<String> allowed) {
        this(allowed, WebhookTargets::resolve);
    }

    WebhookTargets(Set<String> allowed, Function<String, InetAddress[]> resolver) {
        this.allowed = Set.copyOf(allowed);
        this.resolver = resolver;
    }

    /** Why the URL is refused, or empty when a webhook may be sent there. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.of("not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("only http and https URLs, was " + (scheme.isEmpty() ? "no scheme" : scheme));
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            return Optional.of("a URL with a host and without user name or password");
        }
        String host = IDN.toASCII(uri.getHost().replaceAll("^\\[|]$", "")).toLowerCase(Locale.ROOT);
        if (allowed.contains(host) || allowed.contains(host + ":" + uri.getPort())) {
            return Optional.empty();
        }
        InetAddress[] addresses = resolver.apply(host);
        if (addresses == null || addresses.length == 0) {
            return Optional.of("the host " + host + " does not resolve");
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                return Optional.of("the host " + host + " is a loopback, link-local or private address ("
                        + a.getHostAddress() + "); an admin can allow it in the webhook allow-list");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // fc00::/7, unique local addresses
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return !(first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, carrier-grade NAT 100.64/10
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || first >= 240); // 192.0.0/24, 240/4
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new InetAddress[0];
        }
    }
}
