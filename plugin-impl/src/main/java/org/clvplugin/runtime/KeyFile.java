package org.clvplugin.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.clvplugin.rules.SecretBox;

/**
 * The host's key for the plugin's secrets (32 bytes): from an environment variable (Base64) when it is set, else
 * from a file, made on first use and readable by its owner only. Kept outside the database on purpose; losing it
 * means setting the webhook rules' secrets again.
 */
public final class KeyFile {

    private KeyFile() {
    }

    /** The key: {@code $environmentVariable} when set, else the file's, made if missing. */
    public static byte[] load(Path file, String environmentVariable) throws IOException {
        String fromEnvironment = environmentVariable == null ? null : System.getenv(environmentVariable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return decode(fromEnvironment.trim(), "$" + environmentVariable);
        }
        if (!Files.exists(file)) {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, ".secret", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions apply
            }
            Files.writeString(temporary, Base64.getEncoder().encodeToString(SecretBox.newKey()),
                    StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        }
        return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " is not a Base64 key of 32 bytes: " + e.getMessage(), e);
        }
        if (key.length != 32) {
            throw new IllegalArgumentException(where + " is not a Base64 key of 32 bytes: it holds " + key.length);
        }
        return key;
    }
}
