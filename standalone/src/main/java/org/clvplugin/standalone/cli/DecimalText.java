package org.clvplugin.standalone.cli;

/**
 * Writes numbers with at most six decimals and no trailing zeros ("38.857143", "2", "0.5"), quickly: CSV output of
 * millions of rows cannot afford String.format. Values beyond 1e12 fall back to Double.toString.
 */
final class DecimalText {

    private static final double SCALE = 1e6;

    private DecimalText() {
    }

    static StringBuilder append(StringBuilder out, double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e12) {
            return out.append(value);
        }
        long scaled = Math.round(value * SCALE);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        long whole = scaled / 1_000_000;
        long fraction = scaled % 1_000_000;
        out.append(whole);
        if (fraction != 0) {
            out.append('.');
            int digits = 6;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            String f = Long.toString(fraction);
            for (int pad = f.length(); pad < digits; pad++) {
                out.append('0');
            }
            out.append(f);
        }
        return out;
    }
}
