package org.clvplugin.scoring;

import java.util.Locale;

import org.clvplugin.model.ModelFitException;
import org.clvplugin.model.SummaryTable;

/**
 * The minimum data to fit (setting {@code model.minimumRepeatCustomers}): the models learn repeat buying and spend
 * from the contacts who bought more than once, so with too few of them the formula model is used instead.
 */
final class MinimumData {

    private MinimumData() {
    }

    /** Refuses to fit a table that is too thin, saying why. */
    static void require(SummaryTable table, int minimumRepeatCustomers) {
        int repeat = 0;
        for (int i = 0; i < table.size() && repeat < minimumRepeatCustomers; i++) {
            if (table.frequency(i) > 0) {
                repeat++;
            }
        }
        if (repeat < minimumRepeatCustomers) {
            throw new ModelFitException(String.format(Locale.ROOT, "too little data to fit: %d contact%s bought "
                    + "more than once, and %s asks for at least %d", repeat, repeat == 1 ? "" : "s",
                    RecomputeSettingsReader.MINIMUM_REPEAT_CUSTOMERS, minimumRepeatCustomers));
        }
    }
}
