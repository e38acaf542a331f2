package org.clvplugin.host.ofbiz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The host's dated conversion rates into the reporting currency (UOM_CONVERSION_DATED): a rate from currency A to
 * the reporting currency R applies from its FROM_DATE until its THRU_DATE (open when null). Where only R -> A is
 * recorded, its inverse is used. Loaded once per pass: the table is small.
 */
final class CurrencyRates {

    private record Rate(long from, long thru, double factor) {
    }

    private final String reporting;
    private final Map<String, List<Rate>> toReporting = new HashMap<>();

    private CurrencyRates(String reporting) {
        this.reporting = reporting;
    }

    static CurrencyRates load(Connection c, String reporting) throws SQLException {
        CurrencyRates rates = new CurrencyRates(reporting);
        String sql = "SELECT UOM_ID, UOM_ID_TO, FROM_DATE, THRU_DATE, CONVERSION_FACTOR FROM UOM_CONVERSION_DATED "
                + "WHERE (UOM_ID_TO = ? OR UOM_ID = ?) AND CONVERSION_FACTOR > 0";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, reporting);
            s.setString(2, reporting);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    boolean direct = reporting.equals(rs.getString(2));
                    String currency = direct ? rs.getString(1) : rs.getString(2);
                    double factor = rs.getDouble(5);
                    Timestamp thru = rs.getTimestamp(4);
                    rates.toReporting.computeIfAbsent(currency, k -> new ArrayList<>()).add(new Rate(
                            rs.getTimestamp(3).getTime(), thru == null ? Long.MAX_VALUE : thru.getTime(),
                            direct ? factor : 1 / factor));
                }
            }
        }
        return rates;
    }

    /** The factor turning an amount in {@code currency} at {@code when} into the reporting currency. */
    OptionalDouble factor(String currency, Timestamp when) {
        if (currency == null || currency.equals(reporting)) {
            return OptionalDouble.of(1);
        }
        long t = when.getTime();
        Rate best = null;
        for (Rate rate : toReporting.getOrDefault(currency, List.of())) {
            if (rate.from <= t && t < rate.thru && (best == null || rate.from > best.from)) {
                best = rate;
            }
        }
        return best == null ? OptionalDouble.empty() : OptionalDouble.of(best.factor);
    }
}
