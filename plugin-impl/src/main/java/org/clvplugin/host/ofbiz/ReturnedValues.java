package org.clvplugin.host.ofbiz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The value returned from each order on returns in the counted statuses: sum of RETURN_QUANTITY x RETURN_PRICE of
 * the return items pointing at the order. Few orders are returned, so the map is small beside the order stream.
 */
final class ReturnedValues {

    private ReturnedValues() {
    }

    static Map<String, Double> load(Connection c, List<String> statuses) throws SQLException {
        Map<String, Double> returned = new HashMap<>();
        if (statuses.isEmpty()) {
            return returned;
        }
        String sql = "SELECT ri.ORDER_ID, SUM(ri.RETURN_QUANTITY * ri.RETURN_PRICE) FROM RETURN_ITEM ri"
                + " JOIN RETURN_HEADER rh ON rh.RETURN_ID = ri.RETURN_ID WHERE ri.ORDER_ID IS NOT NULL"
                + " AND rh.STATUS_ID IN (" + String.join(", ", Collections.nCopies(statuses.size(), "?")) + ")"
                + " GROUP BY ri.ORDER_ID";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < statuses.size(); i++) {
                s.setString(i + 1, statuses.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    returned.put(rs.getString(1), rs.getDouble(2));
                }
            }
        }
        return returned;
    }
}
