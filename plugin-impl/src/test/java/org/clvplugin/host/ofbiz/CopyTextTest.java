package org.clvplugin.host.ofbiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class CopyTextTest {

    private static double decimal(String text) {
        byte[] b = ("x\t" + text + "\t").getBytes(StandardCharsets.US_ASCII);
        return CopyText.decimal(b, 2, b.length - 1);
    }

    private static String unescape(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return CopyText.unescape(b, 0, b.length);
    }

    @Test
    void decimalsAreReadExactlyAsParsingTheTextWould() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            String text = BigDecimal.valueOf(random.nextLong(-10_000_000_000L, 10_000_000_000L),
                    random.nextInt(0, 9)).toPlainString();
            assertEquals(Double.parseDouble(text), decimal(text), text);
        }
        for (String text : new String[] {"0", "-0.5", "1709596800000", "12.340000", "0.000001",
                "123456789012345678901234.5", "9007199254740993", "1e5", "NaN", "Infinity", "0.1234567890123456789"}) {
            assertEquals(Double.parseDouble(text), decimal(text), text);
        }
        assertThrows(NumberFormatException.class, () -> decimal(""));
        assertThrows(NumberFormatException.class, () -> decimal("-"));
        assertThrows(NumberFormatException.class, () -> decimal("12,5"));
    }

    @Test
    void textLosesItsEscapes() {
        assertEquals("plain ÆØÅ", unescape("plain ÆØÅ"));
        assertEquals("a\tb\nc\\d\re\bf\fg\u000Bh", unescape("a\\tb\\nc\\\\d\\re\\bf\\fg\\vh"));
        assertEquals("ends with \\", unescape("ends with \\"));
    }
}
