package org.clvplugin.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.clvplugin.api.FieldError;
import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.api.host.ApiUser;
import org.clvplugin.store.ApiTokenRecord;
import org.clvplugin.store.AuditRecord;
import org.clvplugin.store.AuditRepository;
import org.clvplugin.store.PluginStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The API tokens admins make for other systems (CLV_API_TOKEN), in the plugin's tables so that they work the same
 * in every host and survive restarts. A token is {@code clv_} and 43 random characters (256 bits); only its SHA-256
 * is kept (a random secret of that size is not a password: a fast hash is the usual choice), with its first twelve
 * characters to tell tokens apart. Making and revoking are audited; a revoked token is refused at once on this node
 * and on every other (nothing is cached).
 */
public final class ApiTokens {

    /** What every token starts with: how the API tells a plugin token from a host's bearer token. */
    public static final String PREFIX = "clv_";
    /** How many tokens may be active at once: a mistake in an integration's set-up should not make thousands. */
    public static final int MAX_ACTIVE = 100;
    /** A token's last use is written at most this often, so that a busy integration does not write per request. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokens.class);
    private static final int SECRET_LENGTH = PREFIX.length() + 43;
    private static final int SHOWN_LENGTH = 12;
    private static final Pattern PARTY_ID = Pattern.compile("[A-Za-z0-9_]{1,20}");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A token just made: the token itself, shown this once, and how it is listed from now on. */
    public record Made(String token, TokenView view) {
    }

    private final PluginStore store;
    private final AuditRepository audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** When each token's last use was last written (at most one entry per token made, so bounded by the table). */
    private final Map<Long, Instant> lastUseWritten = new ConcurrentHashMap<>();

    public ApiTokens(PluginStore store, AuditRepository audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a token; {@link InvalidFieldsException} naming each field that is not right, nothing made then. */
    public Made create(NewToken request, String by) {
        List<FieldError> errors = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 60 || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(FieldError.coded("name", "length", "1 to 60 characters, no control characters", "min", 1,
                    "max", 60));
        }
        Set<TokenScope> scopes = scopes(request.scopes(), errors);
        String owner = request.owner() == null || request.owner().isBlank() ? null : request.owner().strip();
        if (owner != null && !PARTY_ID.matcher(owner).matches()) {
            errors.add(FieldError.coded("owner", "setting.id", "'" + owner + "' is not an OFBiz id (letters, digits "
                    + "and _, at most 20)", "value", owner));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException("token", errors);
        }
        String token = PREFIX + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        Instant now = clock.instant();
        String scopeNames = String.join(" ", scopes.stream().map(TokenScope::scopeName).toList());
        ApiTokenRecord saved = store.fromTransaction(s -> {
            long active = s.createSelectionQuery("select count(t) from ApiTokenRecord t where t.revokedAt is null",
                    Long.class).getSingleResult();
            if (active >= MAX_ACTIVE) {
                throw new InvalidFieldsException("token", List.of(FieldError.coded("name", "token.tooMany",
                        MAX_ACTIVE + " tokens are active: revoke one first", "max", MAX_ACTIVE)));
            }
            ApiTokenRecord r = new ApiTokenRecord(name, token.substring(0, SHOWN_LENGTH), sha256(token), scopeNames,
                    owner, by, now);
            s.persist(r);
            return r;
        });
        TokenView view = view(saved);
        audit.record(new AuditRecord(now, by, "TOKEN_CREATED", "API token " + view.id() + ": " + name + " ("
                + scopeNames + ")", null, json(view)));
        LOG.info("{} made API token {} '{}' with scopes {}", by, view.id(), name, scopeNames);
        return new Made(token, view);
    }

    private static Set<TokenScope> scopes(List<String> names, List<FieldError> errors) {
        Set<TokenScope> scopes = new LinkedHashSet<>();
        String known = String.join(", ", Arrays.stream(TokenScope.values()).map(TokenScope::scopeName).toList());
        if (names == null || names.isEmpty()) {
            errors.add(FieldError.coded("scopes", "required", "name one or more of " + known));
            return scopes;
        }
        for (String name : names) {
            Optional<TokenScope> scope = TokenScope.named(name);
            if (scope.isEmpty()) {
                errors.add(FieldError.coded("scopes", "oneOf", "'" + name + "' is not a scope; one of " + known,
                        "values", known));
                return scopes;
            }
            scopes.add(scope.get());
        }
        return scopes;
    }

    /** Every token, active and revoked, newest first. */
    public List<TokenView> all() {
        return store.fromTransaction(s -> s.createSelectionQuery("from ApiTokenRecord t order by t.id desc",
                ApiTokenRecord.class).getResultList()).stream().map(ApiTokens::view).toList();
    }

    /**
     * Revokes a token: refused from now on, listed as revoked (by whom, when). Empty when there is no such token;
     * revoking a revoked token changes nothing.
     */
    public Optional<TokenView> revoke(long id, String by) {
        Instant now = clock.instant();
        Optional<TokenView> result = store.fromTransaction(s -> {
            ApiTokenRecord r = s.find(ApiTokenRecord.class, id);
            if (r != null && !r.revoked()) {
                r.revoke(by, now);
            }
            return Optional.ofNullable(r).map(ApiTokens::view);
        });
        lastUseWritten.remove(id);
        result.filter(t -> now.equals(t.revokedAt())).ifPresent(t -> {
            audit.record(new AuditRecord(now, by, "TOKEN_REVOKED", "API token " + id + ": " + t.name(), null,
                    json(t)));
            LOG.info("{} revoked API token {} '{}'", by, id, t.name());
        });
        return result;
    }

    /** The API user a presented token stands for: empty for an unknown or revoked one. Notes the token's use. */
    public Optional<ApiUser> authenticate(String presented) {
        Optional<ApiTokenRecord> found = active(presented);
        found.ifPresent(this::noteUse);
        return found.map(r -> new ApiUser("token " + r.name(), Arrays.stream(r.scopes().split(" "))
                .map(n -> TokenScope.named(n).orElseThrow().permission()).collect(java.util.stream.Collectors
                        .toSet()), r.owner()));
    }

    /** True when the token is known and not revoked; not a use of it. */
    public boolean isActive(String presented) {
        return active(presented).isPresent();
    }

    private Optional<ApiTokenRecord> active(String presented) {
        if (presented.length() != SECRET_LENGTH || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = sha256(presented);
        return store.fromTransaction(s -> s.createSelectionQuery(
                "from ApiTokenRecord t where t.sha256 = :hash and t.revokedAt is null", ApiTokenRecord.class)
                .setParameter("hash", hash).uniqueResultOptional());
    }

    private void noteUse(ApiTokenRecord token) {
        Instant now = clock.instant();
        Instant written = lastUseWritten.getOrDefault(token.id(), token.lastUsedAt());
        if (written != null && Duration.between(written, now).compareTo(LAST_USE_PRECISION) < 0) {
            return;
        }
        lastUseWritten.put(token.id(), now);
        store.inTransaction(s -> s.createMutationQuery("update ApiTokenRecord t set t.lastUsedAt = :now "
                + "where t.id = :id").setParameter("now", now).setParameter("id", token.id()).executeUpdate());
    }

    private static TokenView view(ApiTokenRecord r) {
        return new TokenView(r.id(), r.name(), r.prefix(), List.of(r.scopes().split(" ")), r.owner(),
                r.createdBy(), r.createdAt(), r.lastUsedAt(), r.revokedBy(), r.revokedAt());
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String json(TokenView view) {
        try {
            return JSON.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a token's view is plain data", e);
        }
    }
}
