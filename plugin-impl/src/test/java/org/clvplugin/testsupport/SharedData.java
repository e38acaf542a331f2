package org.clvplugin.testsupport;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared reference material ({@code ../shared} beside the checkout; the build passes its path as the
 * system property {@code clv.shared.dir}). Without it a test is skipped with a message, unless
 * {@code clv.requireExternal=true} (as in CI), where a missing file is a failure.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The file below {@code shared/}, or the test is skipped (or failed, when required). */
    public static Path file(String relative) {
        String dir = System.getProperty("clv.shared.dir", "../../shared");
        Path path = Path.of(dir).resolve(relative).normalize();
        if (!Files.isRegularFile(path)) {
            String message = "shared reference file " + path + " is absent: the comparison with published values "
                    + "needs ../shared beside the checkout";
            if (Boolean.getBoolean("clv.requireExternal")) {
                fail(message + " (clv.requireExternal=true makes this a failure)");
            }
            abort(message);
        }
        return path;
    }
}
