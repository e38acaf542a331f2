package org.clvplugin.standalone.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.tokens.TokenScope;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The standalone host's users and API tokens, from a JSON file:
 * <pre>{
 *   "users":  [{"name": "admin", "role": "admin", "password": "pbkdf2-sha256$600000$...$..."},
 *              {"name": "anna", "role": "viewer", "partyId": "REP_ANNA", "password": "..."}],
 *   "tokens": [{"name": "crm-sync", "sha256": "(hex of the token's SHA-256)", "scopes": ["contacts:read"]}]
 * }</pre>
 * Passwords are stored as salted hashes ({@link PasswordHash}); tokens as the SHA-256 of a random token (a token
 * is a 256-bit random secret, not a password, so a fast hash is the usual choice). A file that does not follow
 * this is refused with the entry and field named.
 */
public final class Accounts {

    /** A user who signs in with a password. */
    public record User(String name, String role, String partyId, String password) {
    }

    /**
     * An automation token: read-only, limited to its scopes. {@code owner} (optional) is the party whose contacts
     * it reads when viewers see only their own contacts (security.viewersOwnContactsOnly): a token acts as a sales
     * rep of that party; without an owner, such a token reads no contact under that setting.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Token(String name, String sha256, List<String> scopes, String owner) {
        public Token(String name, String sha256, List<String> scopes) {
            this(name, sha256, scopes, null);
        }
    }

    record File(List<User> users, List<Token> tokens) {
    }

    /**
     * The scopes a token of the file may have, and the permission each gives: the read-only ones (tokens of the file
     * are read-only; a token that writes rules is made in the console, {@link org.clvplugin.tokens.ApiTokens}).
     */
    public static final Map<String, String> SCOPES = java.util.Arrays.stream(TokenScope.values())
            .filter(s -> s != TokenScope.RULES_WRITE)
            .collect(java.util.stream.Collectors.toMap(TokenScope::scopeName, TokenScope::permission));

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Token> tokens = new LinkedHashMap<>();

    public Accounts(List<User> users, List<Token> tokens) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            User u = users.get(i);
            String at = "users[" + i + "]";
            require(u.name() != null && u.name().matches("[A-Za-z0-9_.@-]{1,60}"), at + ".name",
                    "1 to 60 of letters, digits and _ . @ -");
            require(names.add(u.name()), at + ".name", "'" + u.name() + "' is used twice");
            require("admin".equals(u.role()) || "viewer".equals(u.role()), at + ".role", "admin or viewer");
            try {
                PasswordHash.requireWellFormed(u.password());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ".password: " + e.getMessage(), e);
            }
            this.users.put(u.name(), u);
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String at = "tokens[" + i + "]";
            require(t.name() != null && !t.name().isBlank(), at + ".name", "must not be empty");
            require(t.sha256() != null && t.sha256().matches("[0-9a-f]{64}"), at + ".sha256",
                    "64 lower-case hex digits (use: clv new-token)");
            require(t.scopes() != null && !t.scopes().isEmpty() && SCOPES.keySet().containsAll(t.scopes()),
                    at + ".scopes", "one or more of " + SCOPES.keySet());
            require(t.owner() == null || t.owner().matches("[A-Za-z0-9_.@-]{1,20}"), at + ".owner",
                    "a party id: 1 to 20 of letters, digits and _ . @ -");
            this.tokens.put(t.sha256(), t);
        }
    }

    /** No users and no tokens: no one signs in (commands that do not serve). */
    public static Accounts none() {
        return new Accounts(List.of(), List.of());
    }

    public static Accounts read(Path file) throws IOException {
        File f;
        try {
            f = JSON.readValue(file.toFile(), File.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not a users file: " + e.getOriginalMessage(), e);
        }
        try {
            return new Accounts(f.users() == null ? List.of() : f.users(),
                    f.tokens() == null ? List.of() : f.tokens());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                new File(List.copyOf(users.values()), List.copyOf(tokens.values()))), StandardCharsets.UTF_8);
    }

    /**
     * A hash of a random password with as many iterations as the first user's (the default without users): what a
     * sign-in checks when there is no account to check, so that it takes as long as a wrong password.
     */
    String decoyHash() {
        int iterations = users.values().stream().findFirst()
                .map(u -> Integer.parseInt(u.password().split("\\$")[1])).orElse(PasswordHash.DEFAULT_ITERATIONS);
        return PasswordHash.hash(java.util.UUID.randomUUID().toString().toCharArray(), iterations);
    }

    Optional<User> user(String name) {
        return Optional.ofNullable(users.get(name));
    }

    /** The API user of a token, if the token is known. */
    Optional<ApiUser> token(String presented) {
        Token t = tokens.get(sha256(presented));
        return t == null ? Optional.empty() : Optional.of(new ApiUser(t.name(),
                Set.copyOf(t.scopes().stream().map(SCOPES::get).toList()), t.owner()));
    }

    static ApiUser apiUser(User u) {
        return new ApiUser(u.name(), "admin".equals(u.role()) ? ApiUser.admin() : ApiUser.viewer(), u.partyId());
    }

    public static String sha256(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : hash) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new IllegalArgumentException(field + ": " + message);
        }
    }
}
