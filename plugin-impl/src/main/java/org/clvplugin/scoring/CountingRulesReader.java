package org.clvplugin.scoring;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.clvplugin.api.RefusedValueException;
import org.clvplugin.api.host.CountingRules;

/**
 * Which orders count, from the settings with the defaults of {@link CountingRules#defaults}:
 * {@code counting.asOf} (today), {@code counting.orderType}, {@code counting.statuses},
 * {@code counting.customerRoles}, {@code counting.contactRoles}, {@code counting.returnStatuses} (lists separated
 * by commas) and {@code counting.currency}. A value that is not an OFBiz id (or a currency code, or a date) is
 * refused with the setting's name.
 */
public final class CountingRulesReader {

    public static final String AS_OF = "counting.asOf";
    public static final String ORDER_TYPE = "counting.orderType";
    public static final String STATUSES = "counting.statuses";
    public static final String CUSTOMER_ROLES = "counting.customerRoles";
    public static final String CONTACT_ROLES = "counting.contactRoles";
    public static final String RETURN_STATUSES = "counting.returnStatuses";
    public static final String CURRENCY = "counting.currency";

    /** OFBiz ids of types, statuses and roles: letters, digits and underscores, at most 20. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,20}");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private CountingRulesReader() {
    }

    public static CountingRules read(Function<String, Optional<String>> settings, LocalDate today) {
        CountingRules d = CountingRules.defaults(today);
        LocalDate asOf = RecomputeSettingsReader.value(settings, AS_OF,
                text -> text.isEmpty() ? today : asOf(text, today), today);
        String orderType = RecomputeSettingsReader.value(settings, ORDER_TYPE, CountingRulesReader::id,
                d.orderType());
        List<String> statuses = list(settings, STATUSES, d.statuses(), false);
        List<String> customerRoles = list(settings, CUSTOMER_ROLES, d.customerRoles(), false);
        List<String> contactRoles = list(settings, CONTACT_ROLES, d.contactRoles(), false);
        List<String> returnStatuses = list(settings, RETURN_STATUSES, d.returnStatuses(), true);
        String currency = RecomputeSettingsReader.value(settings, CURRENCY, text -> {
            if (!CURRENCY_CODE.matcher(text).matches()) {
                throw RefusedValueException.of("setting.currency", "a currency is three capital letters, such as USD",
                        "value", text);
            }
            return text;
        }, d.reportingCurrency());
        return new CountingRules(orderType, statuses, customerRoles, returnStatuses, contactRoles, currency, asOf);
    }

    /** The earliest as-of date taken: the models count in days from it, and nobody's orders are older. */
    private static final LocalDate EARLIEST_AS_OF = LocalDate.of(1900, 1, 1);

    /**
     * A plain yyyy-mm-dd from 1900 to a year from today: LocalDate alone takes "+999999999-12-31", which is saved
     * and then fails every run.
     */
    private static LocalDate asOf(String text, LocalDate today) {
        LocalDate latest = today.plusYears(1);
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw RefusedValueException.of("setting.date", "a date written yyyy-mm-dd", "value", text);
        }
        LocalDate day = LocalDate.parse(text);
        if (day.isBefore(EARLIEST_AS_OF) || day.isAfter(latest)) {
            throw RefusedValueException.of("setting.dateRange", "a date from " + EARLIEST_AS_OF + " to a year from "
                    + "today (" + latest + ")", "earliest", EARLIEST_AS_OF.toString(), "latest", latest.toString());
        }
        return day;
    }

    private static List<String> list(Function<String, Optional<String>> settings, String key, List<String> fallback,
                                     boolean mayBeEmpty) {
        return RecomputeSettingsReader.value(settings, key, text -> {
            List<String> ids = text.isEmpty() ? List.of()
                    : Arrays.stream(text.split(",")).map(String::trim).map(CountingRulesReader::id).toList();
            if (ids.isEmpty() && !mayBeEmpty) {
                throw RefusedValueException.of("setting.ids", "name at least one, separated by commas");
            }
            return ids;
        }, fallback);
    }

    private static String id(String text) {
        if (!ID.matcher(text).matches()) {
            throw RefusedValueException.of("setting.id", "'" + text + "' is not an OFBiz id (letters, digits and _,"
                    + " at most 20)", "value", text);
        }
        return text;
    }
}
