package org.clvplugin.standalone.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.clvplugin.tokens.ApiTokens;
import org.clvplugin.tokens.NewToken;
import org.clvplugin.tokens.TokenScope;

/**
 * The demo's read-only API token ({@code contacts:read}): made once per data folder and kept, in a file only its
 * owner reads ({@code demo-api-token}), so that an integration tried against the demo keeps working across
 * restarts. Revoked in the console, it is made anew at the next start.
 */
public final class DemoToken {

    static final String NAME = "demo-automation";

    private DemoToken() {
    }

    /** The token: the kept one while it is active, else a new one, written to {@code file}. */
    public static String keep(ApiTokens tokens, Path file) throws IOException {
        if (Files.exists(file)) {
            String kept = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (tokens.isActive(kept)) {
                return kept;
            }
        }
        String token = tokens.create(new NewToken(NAME, List.of(TokenScope.CONTACTS_READ.scopeName()), null),
                "clv demo").token();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, ".demo-token", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the data folder's permissions apply
        }
        Files.writeString(temporary, token + "\n", StandardCharsets.US_ASCII);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return token;
    }
}
