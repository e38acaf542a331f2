package org.clvplugin.api;

/**
 * One customer's purchase history in the Fader-Hardie convention: purchases collapsed to one per day.
 *
 * @param id              the customer (contact) id
 * @param frequency       x, repeat purchase days (distinct purchase days minus one)
 * @param recency         t_x, time from first to last purchase day
 * @param age             T, time from first purchase day to the end of the calibration period
 * @param monetaryValue   zbar, mean value of the repeat purchase days (0 when x = 0)
 * @param historicalValue total value of all purchase days in the calibration period
 * @param orders          number of orders (before collapsing per day)
 */
public record CustomerSummary(String id, int frequency, double recency, double age, double monetaryValue,
                              double historicalValue, int orders) {
}
