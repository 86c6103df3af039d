package org.entente.notify.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go: the one policy checked when a subscription is stored and again,
 * by the HTTP client's resolver, right before each connection, so a host whose DNS changed
 * since is refused and the connection goes only to an address that passed the check.
 *
 * <p>An address must be {@code https} ({@code http} only with {@code entente.webhook.allow-http})
 * and every address its host resolves to must be public: not loopback, link-local (cloud
 * metadata lives there), private, shared (CGNAT), unspecified, multicast or reserved, nor a
 * well-known metadata name. {@code entente.webhook.allowed-hosts} names exceptions, as
 * {@code host} (any port) or {@code host:port}, compared with the URL's host as written.
 */
@Component
public class WebhookTargets {

    /** Names that reach a cloud provider's instance metadata, whatever they resolve to. */
    private static final Set<String> METADATA_NAMES = Set.of("metadata.google.internal", "metadata.goog", "metadata",
            "instance-data", "instance-data.ec2.internal", "metadata.azure.internal");

    /** Resolves a host name; tests give fixed answers so that no DNS is needed. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * A destination the policy refuses; its message names the rule. An {@link UnknownHostException}
     * so that the HTTP client's resolver can throw it through the connection attempt.
     */
    public static final class Refused extends UnknownHostException {

        Refused(String message) {
            super(message);
        }
    }

    private record Allowed(String host, int port) {

        static final int ANY_PORT = -1;

        /** {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}; a bare IPv6 address has no port. */
        static Allowed parse(String entry) {
            String text = entry.trim().toLowerCase(Locale.ROOT);
            int colon = text.lastIndexOf(':');
            boolean hasPort = colon > 0 && (text.startsWith("[") ? text.charAt(colon - 1) == ']' : text.indexOf(':') == colon);
            return hasPort ? new Allowed(normalize(text.substring(0, colon)), Integer.parseInt(text.substring(colon + 1)))
                    : new Allowed(normalize(text), ANY_PORT);
        }

        boolean matches(String host, int port) {
            return this.host.equals(host) && (this.port == ANY_PORT || this.port == port);
        }
    }

    private final boolean allowHttp;
    private final List<Allowed> allowedHosts;
    private final Resolver resolver;

    @Autowired
    WebhookTargets(WebhookSettings settings) {
        this(settings.allowHttp(), settings.allowedHosts(), InetAddress::getAllByName);
    }

    public WebhookTargets(boolean allowHttp, List<String> allowedHosts, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowedHosts = allowedHosts.stream().filter(entry -> !entry.isBlank()).map(Allowed::parse).toList();
        this.resolver = resolver;
    }

    /** The whole check, as when a subscription is stored: the URL's form, then its host's addresses. */
    public void check(URI url) throws Refused {
        checkForm(url);
        addresses(url.getHost(), port(url));
    }

    /** What the URL itself must be, before any name is resolved. */
    public void checkForm(URI url) throws Refused {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowHttp)) {
            throw new Refused(allowHttp ? "must be an http or https address" : "must be an https address");
        }
        if (url.getHost() == null) {
            throw new Refused("must name a host");
        }
        if (url.getRawUserInfo() != null) {
            throw new Refused("must not carry credentials; receivers check the signature instead");
        }
    }

    /**
     * The addresses a connection to {@code host:port} may use: all it resolves to, once each
     * has passed the rules (or the host is allowed by name).
     */
    public InetAddress[] addresses(String host, int port) throws Refused {
        String name = normalize(host);
        boolean allowed = allowedHosts.stream().anyMatch(entry -> entry.matches(name, port));
        if (!allowed && METADATA_NAMES.contains(name)) {
            throw new Refused("must not point to a cloud metadata service (" + name + ")");
        }
        InetAddress[] resolved;
        try {
            resolved = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new Refused("names a host that cannot be resolved (" + name + ")");
        }
        if (resolved == null || resolved.length == 0) {
            throw new Refused("names a host that cannot be resolved (" + name + ")");
        }
        if (!allowed) {
            for (InetAddress address : resolved) {
                String rule = forbidden(address);
                if (rule != null) {
                    throw new Refused("must not point to " + rule + " (" + name + " is " + address.getHostAddress()
                            + "); only entente.webhook.allowed-hosts can allow it");
                }
            }
        }
        return resolved;
    }

    /** Which kind of non-public address this is, or null for a public one. */
    static String forbidden(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 0) {
                return "an unspecified address";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "a shared (carrier-grade NAT) address";
            }
            if (first >= 240) {
                return "a reserved address";
            }
            return null;
        }
        if ((bytes[0] & 0xfe) == 0xfc) {
            return "a private address";
        }
        // IPv6 forms that carry an IPv4 address (compatible ::a.b.c.d, NAT64 64:ff9b::/96): judge the IPv4 one.
        Inet4Address embedded = embeddedIpv4((Inet6Address) address, bytes);
        return embedded == null ? null : forbidden(embedded);
    }

    private static Inet4Address embeddedIpv4(Inet6Address address, byte[] bytes) {
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b
                && Arrays.equals(Arrays.copyOfRange(bytes, 4, 12), new byte[8]);
        if (!address.isIPv4CompatibleAddress() && !nat64) {
            return null;
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "http".equalsIgnoreCase(url.getScheme()) ? 80 : 443;
    }

    /** Lower case, without IPv6 brackets or a trailing dot, so that one host has one spelling. */
    private static String normalize(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
