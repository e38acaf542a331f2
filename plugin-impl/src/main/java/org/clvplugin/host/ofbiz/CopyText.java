package org.clvplugin.host.ofbiz;

import java.nio.charset.StandardCharsets;

/** Fields of PostgreSQL's COPY text format: escaped text, and decimals as PostgreSQL prints numerics. */
final class CopyText {

    /** Powers of ten that a double holds exactly. */
    private static final double[] TEN = new double[19];

    static {
        TEN[0] = 1;
        for (int i = 1; i < TEN.length; i++) {
            TEN[i] = TEN[i - 1] * 10;
        }
    }

    private CopyText() {
    }

    /** The text of bytes [from, to), with COPY's backslash escapes undone. */
    static String unescape(byte[] row, int from, int to) {
        int backslash = -1;
        for (int i = from; i < to; i++) {
            if (row[i] == '\\') {
                backslash = i;
                break;
            }
        }
        if (backslash < 0) {
            return new String(row, from, to - from, StandardCharsets.UTF_8);
        }
        byte[] out = new byte[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            byte b = row[i];
            if (b == '\\' && i + 1 < to) {
                byte e = row[++i];
                out[n++] = switch (e) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'v' -> 0x0B;
                    default -> e; // "\\" and any other escaped character stand for themselves
                };
            } else {
                out[n++] = b;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /**
     * A decimal such as "-12.3400": digits and a point, read exactly as a double (an exact integer divided by an
     * exact power of ten rounds once, as parsing the text would); anything else goes to Double.parseDouble.
     */
    static double decimal(byte[] row, int from, int to) {
        int i = from;
        boolean negative = i < to && row[i] == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int significant = 0;
        int scale = -1;
        for (; i < to; i++) {
            byte b = row[i];
            if (b >= '0' && b <= '9') {
                if (digits != 0 || b != '0') {
                    significant++;
                }
                digits = digits * 10 + (b - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (b == '.' && scale < 0) {
                scale = 0;
            } else {
                return Double.parseDouble(new String(row, from, to - from, StandardCharsets.US_ASCII));
            }
        }
        if (significant > 18 || digits >= 1L << 53 || scale >= TEN.length || to - from == (negative ? 1 : 0)
                || scale == 0) {
            return Double.parseDouble(new String(row, from, to - from, StandardCharsets.US_ASCII));
        }
        double value = scale > 0 ? digits / TEN[scale] : digits;
        return negative ? -value : value;
    }
}
