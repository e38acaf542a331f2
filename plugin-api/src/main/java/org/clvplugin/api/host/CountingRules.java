package org.clvplugin.api.host;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which of the host's orders count towards a contact's value, and how. Defaults (see docs/ofbiz.md): sales orders
 * in status ORDER_COMPLETED, the customer being the BILL_TO_CUSTOMER party, completed returns subtracted, values
 * in USD, everything up to today.
 *
 * @param orderType          the order type counted (OFBiz ORDER_TYPE_ID)
 * @param statuses           order statuses counted
 * @param customerRoles      order roles that make a party the order's customer; an order counts once per party
 *                           even when the party holds several of them
 * @param returnStatuses     statuses of returns that reduce the value of the returned order
 * @param contactRoles       party roles that make a person or organisation a contact
 * @param reportingCurrency  currency all values are converted to (an order with no dated rate is skipped)
 * @param asOf               last day counted; later orders are ignored
 */
public record CountingRules(String orderType, List<String> statuses, List<String> customerRoles,
                            List<String> returnStatuses, List<String> contactRoles, String reportingCurrency,
                            LocalDate asOf) {

    public CountingRules {
        Objects.requireNonNull(orderType, "orderType");
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        Objects.requireNonNull(asOf, "asOf");
        statuses = nonEmpty("statuses", statuses);
        customerRoles = nonEmpty("customerRoles", customerRoles);
        returnStatuses = List.copyOf(returnStatuses);
        contactRoles = nonEmpty("contactRoles", contactRoles);
    }

    public static CountingRules defaults(LocalDate asOf) {
        return new CountingRules("SALES_ORDER", List.of("ORDER_COMPLETED"), List.of("BILL_TO_CUSTOMER"),
                List.of("RETURN_COMPLETED"), List.of("CUSTOMER", "BILL_TO_CUSTOMER"), "USD", asOf);
    }

    public CountingRules withStatuses(List<String> counted) {
        return new CountingRules(orderType, counted, customerRoles, returnStatuses, contactRoles, reportingCurrency,
                asOf);
    }

    public CountingRules withCustomerRoles(List<String> roles) {
        return new CountingRules(orderType, statuses, roles, returnStatuses, contactRoles, reportingCurrency, asOf);
    }

    public CountingRules withAsOf(LocalDate day) {
        return new CountingRules(orderType, statuses, customerRoles, returnStatuses, contactRoles, reportingCurrency,
                day);
    }

    private static List<String> nonEmpty(String name, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(name + " must name at least one value");
        }
        return List.copyOf(values);
    }
}
