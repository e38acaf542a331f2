package org.clvplugin.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The host's key: made once, readable by its owner only, the same on every later start, refused when damaged. */
class KeyFileTest {

    @Test
    void theKeyIsMadeOnceOwnerOnlyAndReadBackTheSame() throws Exception {
        Path file = Files.createTempDirectory("clv-key").resolve("nested/secret.key");
        byte[] first = KeyFile.load(file, null);
        assertEquals(32, first.length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(first, KeyFile.load(file, null), "the same key on the next start");
        assertArrayEquals(first, KeyFile.load(file, "CLV_TEST_UNSET_VARIABLE_" + System.nanoTime()),
                "an unset variable falls back to the file");
        try (var dir = Files.list(file.getParent())) {
            assertEquals(1, dir.count(), "no temporary file left behind");
        }
    }

    @Test
    void aDamagedKeyIsRefusedNamingTheFile() throws Exception {
        Path file = Files.createTempFile("clv", ".key");
        Files.writeString(file, "not base64 at all!");
        var bad = assertThrows(IllegalArgumentException.class, () -> KeyFile.load(file, null));
        assertTrue(bad.getMessage().startsWith(file + " is not a Base64 key of 32 bytes"), bad.getMessage());
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[16]));
        var shortKey = assertThrows(IllegalArgumentException.class, () -> KeyFile.load(file, null));
        assertTrue(shortKey.getMessage().contains("holds 16"), shortKey.getMessage());
    }
}
