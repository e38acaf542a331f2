package org.clvplugin.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.clvplugin.rules.SecretBox;

/**
 * The key that seals the webhook secrets in the database: $CLV_SECRET_KEY (32 bytes in Base64) when set, else the
 * file {@code secret.key} in the data directory, made on first use and readable by its owner only. Kept outside the
 * database on purpose; losing it means setting the webhook rules' secrets again.
 */
final class SecretKeyFile {

    static final String ENVIRONMENT = "CLV_SECRET_KEY";

    private SecretKeyFile() {
    }

    static SecretBox open(Path dataDir) throws IOException {
        String fromEnvironment = System.getenv(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new SecretBox(decode(fromEnvironment.trim(), "$" + ENVIRONMENT));
        }
        Path file = dataDir.resolve("secret.key");
        if (!Files.exists(file)) {
            Files.createDirectories(dataDir);
            String key = Base64.getEncoder().encodeToString(SecretBox.newKey());
            AtomicFile.write(file, out -> out.write(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions apply
            }
        }
        return new SecretBox(decode(Files.readString(file).trim(), file.toString()));
    }

    private static byte[] decode(String base64, String where) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " is not a Base64 key: " + e.getMessage(), e);
        }
    }
}
